import Foundation

/// Headless Chromium, for tests that look at exported pages as a reader's browser renders them.
enum Browser {
  /// The Chromium executable on `PATH`, if any.
  static let path: String? = {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
      for folder in folders {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }()

  /// Why the browser tests cannot run here.
  static let missing =
    "no Chromium on PATH: install Debian's `chromium` (`bash .ci/setup --test` does) to run the browser tests"

  /// Headless Chromium's narrowest window: a narrower page is shown in a frame of its width.
  static let narrowestWindow = 500

  /// The DOM of `page` after its scripts ran, as Chromium serialises it, in a window `width`
  /// CSS pixels wide; `query` (`q=attention`) is added to the page's address.
  ///
  /// Below `narrowestWindow`, the page is loaded in a frame `width` pixels wide (its own
  /// viewport, so its media queries see `width`), and a script in the page that posts a
  /// message to its parent has it written into the outer page as `<pre id="probe">`.
  static func dumpDOM(_ page: String, width: Int = 1280, query: String? = nil) throws -> String {
    let target = try framed(page, query: query, width: width, height: 900)
    return try run([
      "--dump-dom", "--window-size=\(max(width, narrowestWindow)),900", "--hide-scrollbars",
      target,
    ])
  }

  /// Writes a screenshot of `page`, `width` × `height` CSS pixels, to `output`. Below
  /// `narrowestWindow` the picture is `narrowestWindow` wide, the page on its left.
  static func screenshot(_ page: String, to output: String, width: Int, height: Int) throws {
    let target = try framed(page, query: nil, width: width, height: height)
    _ = try run([
      "--screenshot=\(output)", "--window-size=\(max(width, narrowestWindow)),\(height)",
      "--hide-scrollbars", target,
    ])
  }

  /// The address to load: `page` itself, or a page beside it framing it at `width`.
  private static func framed(_ page: String, query: String?, width: Int, height: Int) throws
    -> String
  {
    let address = URL(fileURLWithPath: page).absoluteString + (query.map { "?" + $0 } ?? "")
    guard width < narrowestWindow else { return address }
    let frame = page + ".frame-\(width).html"
    let html = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>frame</title></head>
      <body style="margin:0;background:#888">
      <iframe src="\(address)" title="page" style="display:block;width:\(width)px;height:\(height)px;border:0"></iframe>
      <script>
      window.addEventListener("message", function (event) {
        var out = document.createElement("pre");
        out.id = "probe";
        out.textContent = event.data;
        document.body.appendChild(out);
      });
      </script></body></html>
      """
    try html.write(toFile: frame, atomically: true, encoding: .utf8)
    return URL(fileURLWithPath: frame).absoluteString
  }

  /// A browser run, with a private profile so parallel runs do not share one.
  private static func run(_ arguments: [String]) throws -> String {
    let profile = NSTemporaryDirectory() + "primer-chromium-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path!)
    process.arguments =
      [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--user-data-dir=\(profile)", "--virtual-time-budget=3000",
      ] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
