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

  /// The DOM of `page` after its scripts ran, as Chromium serialises it, in a window `width`
  /// CSS pixels wide; `query` (`q=attention`) is added to the page's address.
  static func dumpDOM(_ page: String, width: Int = 1280, query: String? = nil) throws -> String {
    try run([
      "--dump-dom", "--window-size=\(width),900", "--hide-scrollbars", address(page, query: query),
    ])
  }

  /// Writes a screenshot of `page`, `width` × `height` CSS pixels, to `output`.
  static func screenshot(_ page: String, to output: String, width: Int, height: Int) throws {
    _ = try run([
      "--screenshot=\(output)", "--window-size=\(width),\(height)", "--hide-scrollbars",
      address(page, query: nil),
    ])
  }

  private static func address(_ page: String, query: String?) -> String {
    URL(fileURLWithPath: page).absoluteString + (query.map { "?" + $0 } ?? "")
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
