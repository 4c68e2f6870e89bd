import Course
import Foundation
import Grading
import LearnerState
import TestSupport
import Testing

@testable import Export

@Suite struct SiteExporterTests {
  let exporter = SiteExporter(
    lessons: [ExportFixtures.secondLesson, ExportFixtures.lesson], work: ExportFixtures.work)

  @Test func siteHasIndexPagesAssetsAndMarker() {
    #expect(
      exporter.files().map(\.path) == [
        ".primer-export", "01-hostile.html", "02-second.html", "assets/primer.css",
        "assets/search-index.js", "assets/search.js", "assets/site.js", "assets/theme.js",
        "index.html", "print.html",
      ])
  }

  @Test func indexShowsProgressPerLessonAndExercise() throws {
    let index = try #require(exporter.files().first { $0.path == "index.html" }).contents
    #expect(index.contains("<strong>1 of 3</strong> exercises passed, 1 hint used."))
    #expect(
      index.contains(
        "<a href=\"01-hostile.html\">1. A &lt;b&gt;hostile&lt;/b&gt; &amp; &quot;quoted&quot; lesson</a>"
      ))
    #expect(
      index.contains("The one that passes</a> <span class=\"passed\">✓ passed</span> · 1 hint used")
    )
    #expect(index.contains("The one that fails</a> <span class=\"failed\">✗ failed</span>"))
    #expect(
      index.contains("The one not started</a> <span class=\"not-started\">not started</span>"))
    #expect(index.contains("No exercises."))
  }

  @Test func lessonPagesLinkToTheirNeighbours() throws {
    let first = try #require(exporter.files().first { $0.path == "01-hostile.html" }).contents
    let second = try #require(exporter.files().first { $0.path == "02-second.html" }).contents
    #expect(first.contains("<a rel=\"next\" href=\"02-second.html\">Second →</a>"))
    #expect(second.contains("<a rel=\"prev\" href=\"01-hostile.html\">← A &lt;b&gt;hostile"))
    // The sidebar lists every lesson with its progress, and the current one's sections.
    #expect(first.contains("<nav id=\"sidebar\" class=\"sidebar\" aria-label=\"Lessons\">"))
    #expect(
      first.contains(
        "<a class=\"lesson\" href=\"01-hostile.html\" aria-current=\"page\"><span class=\"number\">1.</span>"
      ))
    #expect(first.contains("<li class=\"level-2\"><a href=\"#code\">Code</a></li>"))
    #expect(
      second.contains(
        "<a class=\"lesson\" href=\"01-hostile.html\"><span class=\"number\">1.</span>"))
    #expect(second.contains("title=\"1 of 3 exercises passed\">1/3"))
    #expect(
      first.contains(
        "<title>A &lt;b&gt;hostile&lt;/b&gt; &amp; &quot;quoted&quot; lesson · Primer</title>"))
  }

  @Test func searchIndexCoversEverySection() throws {
    let index = try #require(exporter.files().first { $0.path == "assets/search-index.js" })
      .contents
    #expect(index.hasPrefix("window.PRIMER_SEARCH = [{"))
    #expect(
      index.contains(
        "\"a\":\"only-section\",\"h\":\"Only section\",\"l\":\"Second\",\"p\":\"02-second.html\",\"t\":\"Words about attention, as lesson 1 showed, not lesson 7 (not exported) nor lessons 1.\""
      ))
  }

  @Test func printPageHoldsEveryLessonWithIdsOfItsOwn() throws {
    let print = try #require(exporter.files().first { $0.path == "print.html" }).contents
    #expect(print.contains("<article class=\"print-lesson\" id=\"lesson-hostile\">"))
    #expect(print.contains("<article class=\"print-lesson\" id=\"lesson-second\">"))
    #expect(print.contains("<h2 id=\"lesson-second--only-section\">"))
    #expect(print.contains("href=\"#lesson-second--only-section\""))
    #expect(
      print.range(of: "lesson-hostile")!.lowerBound < print.range(of: "lesson-second")!.lowerBound)
  }

  @Test func searchIndexHoldsMathsAsText() throws {
    let index = try #require(exporter.files().first { $0.path == "assets/search-index.js" })
      .contents
    #expect(!index.contains("\\\\frac") && !index.contains("\\\\sqrt"))
    #expect(index.contains("a/b + √x"), "\(index)")
  }

  @Test func concurrentRenderingEqualsRenderingInOrder() throws {
    // Lessons with several kinds of picture, but none that trains a network (slow in debug).
    let catalog = try Catalog.load(directory: BrowserTests.root + "/Lessons")
    let lessons = try ["activation-functions", "attention", "transformer-block"].map {
      try catalog.lesson(named: $0)
    }
    let course = SiteExporter(
      lessons: lessons + [ExportFixtures.lesson, ExportFixtures.secondLesson],
      work: ExportFixtures.work)
    #expect(course.renderedConcurrently() == course.renderedPlain())
  }

  @Test func exportingTwiceGivesIdenticalFiles() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let site = (folder as NSString).appendingPathComponent("site")
    try SiteFolder.write(exporter.files(), to: site, force: false)
    let first = ExportFixtures.contents(of: site)
    let again = SiteExporter(
      lessons: [ExportFixtures.lesson, ExportFixtures.secondLesson], work: ExportFixtures.work)
    try SiteFolder.write(again.files(), to: site, force: false)
    #expect(ExportFixtures.contents(of: site) == first)
    #expect(first.count == 10)
    // Nothing but the site is left beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["site"])
  }

  @Test func aFolderWithOtherFilesIsRefusedUnlessForced() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let notes = (folder as NSString).appendingPathComponent("notes.txt")
    FileManager.default.createFile(atPath: notes, contents: Data("mine".utf8))
    #expect(throws: ExportError.targetNotEmpty(path: folder, examples: ["notes.txt"])) {
      try SiteFolder.write(exporter.files(), to: folder, force: false)
    }
    #expect(FileManager.default.fileExists(atPath: notes))
    try SiteFolder.write(exporter.files(), to: folder, force: true)
    #expect(!FileManager.default.fileExists(atPath: notes))
    #expect(
      FileManager.default.fileExists(
        atPath: (folder as NSString).appendingPathComponent("index.html")))
  }

  @Test func refusalMessageSaysWhatToDo() {
    #expect(
      ExportError.targetNotEmpty(path: "out", examples: ["a", "b"]).description
        == "out already exists and holds other files (`a`, `b`); choose an empty or new folder, or add --force to replace its contents."
    )
  }

  @Test func aFileIsNotAFolder() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = (folder as NSString).appendingPathComponent("site")
    FileManager.default.createFile(atPath: file, contents: Data())
    #expect(throws: ExportError.targetIsFile(path: file)) {
      try SiteFolder.write(exporter.files(), to: file, force: true)
    }
  }

  struct InjectedFailure: Error {}

  @Test func aFailureMidwayLeavesTheEarlierSiteAndNoStaging() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let site = (folder as NSString).appendingPathComponent("site")
    try SiteFolder.write(exporter.files(), to: site, force: false)
    let before = ExportFixtures.contents(of: site)
    var written = 0
    let changed = SiteExporter(lessons: [ExportFixtures.lesson], work: .none)
    #expect(throws: ExportError.self) {
      try SiteFolder.write(changed.files(), to: site, force: false) { path, data in
        written += 1
        if written == 3 { throw InjectedFailure() }
        FileManager.default.createFile(atPath: path, contents: data)
      }
    }
    #expect(written == 3)
    #expect(ExportFixtures.contents(of: site) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["site"])
  }

  @Test func aFailureOnANewTargetLeavesNothing() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let site = (folder as NSString).appendingPathComponent("site")
    #expect(throws: ExportError.self) {
      try SiteFolder.write(exporter.files(), to: site, force: false) { _, _ in
        throw InjectedFailure()
      }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  @Test func aWorkspaceOnDiskIsRead() throws {
    let workspace = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: workspace) }
    FileManager.default.createFile(
      atPath: (workspace as NSString).appendingPathComponent("passes.swift"),
      contents: Data("func f() -> Int { 42 }\n".utf8))
    FileManager.default.createFile(
      atPath: (workspace as NSString).appendingPathComponent("fails.swift"),
      contents: Data("func g() -> Int { 2 }\n".utf8))
    try FileManager.default.createDirectory(
      atPath: (workspace as NSString).appendingPathComponent(".primer"),
      withIntermediateDirectories: true)
    let store = ProgressStore(
      path: (workspace as NSString).appendingPathComponent(".primer/progress.json"))
    try store.record(
      Verdict(status: .passed, summary: "All 1 checks passed."), for: "passes",
      at: ExportFixtures.passDate)
    try store.useHint(for: "passes")
    var failure = Verdict(
      status: .failed, summary: "1 of 1 checks failed; first: g: expected 1, got 2")
    failure.checks = [CheckResult(name: "g", passed: false, detail: "expected 1, got 2")]
    failure.mistake = Verdict.Mistake(name: "off-by-one", message: "Off by one, as recorded.")
    failure.seed = 77
    try store.record(failure, for: "fails", at: ExportFixtures.failDate)
    // `unstarted` has its starter file, untouched, as `primer start` leaves it.
    let syllabus = Syllabus(
      Catalog(directory: "", lessons: [ExportFixtures.lesson], diagnostics: []))
    let starter = try Workspace.starterText(for: try #require(syllabus.entry(id: "unstarted")))
    FileManager.default.createFile(
      atPath: Workspace(root: workspace).file(for: "unstarted"), contents: Data(starter.utf8))
    let work = try LearnerWork.load(Workspace(root: workspace), syllabus: syllabus)
    #expect(work["passes"].passed && work["passes"].hintsUsed == 1)
    #expect(work["passes"].code == "func f() -> Int { 42 }\n")
    #expect(work["fails"].latest?.status == .failed)
    #expect(work["fails"].latest?.date == ExportFixtures.failDate)
    #expect(work["fails"].latest?.seed == 77)
    #expect(!work["unstarted"].isStarted)
    #expect(work["unstarted"].code == nil)
    #expect(work["fails"].status == .failed)
    let html = HTMLRenderer.render(ExportFixtures.lesson, work: work).article
    #expect(
      html.contains(
        "<span class=\"status\">Passed</span> · 2026-11-18 11:06 UTC · 1 attempt · 1 hint used"))
    // The summary restates the failed check below it, so only the check is shown.
    #expect(!html.contains("first: g: expected 1, got 2"))
    #expect(
      html.contains(
        "<li class=\"fail\"><span class=\"mark\">✗ failed</span> <code>g</code>: expected 1, got 2</li>"
      ))
    #expect(
      html.contains(
        "A known mistake: <code>off-by-one</code></strong><p>Off by one, as recorded.</p>"))
    #expect(html.contains("<span class=\"seed\">seed 77</span>"))
    #expect(html.contains("Not started yet"))
  }

  @Test func noWorkspaceMeansNothingStarted() throws {
    let workspace = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: workspace) }
    let syllabus = Syllabus(
      Catalog(directory: "", lessons: [ExportFixtures.lesson], diagnostics: []))
    let work = try LearnerWork.load(Workspace(root: workspace), syllabus: syllabus)
    #expect(work == .none)
  }

  /// Issue 13: `--force` onto the workspace, or a folder holding it, deleted the learner's code.
  @Test func exportOntoTheWorkspaceIsRefusedEvenWithForce() throws {
    let folder = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let workspace = folder + "/workspace"
    let lessons = folder + "/Lessons"
    for made in [workspace, lessons] {
      try FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
    }
    FileManager.default.createFile(atPath: workspace + "/mine.swift", contents: Data("1".utf8))
    let link = folder + "/link-to-workspace"
    #expect(symlink(workspace, link) == 0)
    for target in [workspace, folder, link, lessons, "/"] {
      #expect(throws: ExportError.self) {
        try SiteFolder.refuse(target, ifItHolds: [workspace, lessons])
      }
    }
    try SiteFolder.refuse(folder + "/site", ifItHolds: [workspace, lessons])
    try SiteFolder.refuse(workspace + "/site", ifItHolds: [workspace, lessons])
    #expect(FileManager.default.fileExists(atPath: workspace + "/mine.swift"))
    #expect(
      ExportError.targetHoldsProtected(path: folder, protected: workspace).description
        == "\(folder) is or contains \(workspace): exporting there would replace it, so Primer "
        + "never does, even with --force. Choose a new folder outside it, such as ./site.")
  }

  /// Issue 13: an exercise file that is a link (to `/etc/shadow`) put its target into the site.
  @Test func aLinkedExerciseFileIsRefusedNotExported() throws {
    let workspace = try ExportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: workspace) }
    let secret = workspace + "/secret.txt"
    FileManager.default.createFile(atPath: secret, contents: Data("the secret".utf8))
    #expect(symlink(secret, Workspace(root: workspace).file(for: "passes")) == 0)
    try FileManager.default.createDirectory(
      atPath: workspace + "/.primer", withIntermediateDirectories: true)
    try ProgressStore(path: workspace + "/.primer/progress.json").record(
      Verdict(status: .passed, summary: "All 1 checks passed."), for: "passes",
      at: ExportFixtures.passDate)
    let syllabus = Syllabus(
      Catalog(directory: "", lessons: [ExportFixtures.lesson], diagnostics: []))
    #expect {
      try LearnerWork.load(Workspace(root: workspace), syllabus: syllabus)
    } throws: { error in
      "\(error)".contains("is a symbolic link") && !"\(error)".contains("the secret")
    }
  }
}
