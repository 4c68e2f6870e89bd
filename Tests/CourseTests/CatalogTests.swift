import Foundation
import Testing

@testable import Course

@Suite struct CatalogTests {
  static func lesson(_ id: String, _ title: String, _ order: Int) -> Lesson {
    Lesson(
      metadata: Metadata(id: id, title: title, order: order, summary: ""), blocks: [],
      path: "\(id).md")
  }

  let catalog = Catalog(
    directory: "Lessons",
    lessons: [
      lesson("attention", "Attention", 6), lesson("neural-networks", "Neural networks", 1),
      lesson("activation-functions", "Activation functions", 2),
    ], diagnostics: [])

  @Test func lessonsAreInCourseOrder() {
    #expect(catalog.lessons.map(\.order) == [1, 2, 6])
  }

  @Test(arguments: [
    ("attention", "attention"), ("6", "attention"), ("neur", "neural-networks"),
    ("Neural", "neural-networks"),
    ("2", "activation-functions"), ("act", "activation-functions"),
  ])
  func aLessonIsFoundByIDNumberOrPrefix(_ name: String, _ id: String) throws {
    #expect(try catalog.lesson(named: name).id == id)
  }

  @Test func anUnknownNameListsTheValidOnes() {
    #expect(throws: CourseError.self) { try catalog.lesson(named: "transformers") }
    do {
      _ = try catalog.lesson(named: "transformers")
    } catch {
      #expect(
        error.description
          == "No lesson is called 'transformers'. Lessons: 1 neural-networks, 2 activation-functions, 6 attention. Name one by id, number or a unique prefix."
      )
    }
  }

  @Test func anAmbiguousPrefixListsTheCandidates() {
    do {
      _ = try catalog.lesson(named: "a")
      Issue.record("expected an error")
    } catch {
      #expect(
        error == .ambiguousLesson(name: "a", candidates: ["activation-functions", "attention"]))
    }
  }

  @Test func lessonsAreLoadedFromAFolderAndLintedAcrossFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "primer-catalog-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lesson =
      "---\nid: same\ntitle: T\norder: 1\nsummary: s\n---\n```exercise ex\ntitle: E\n```\n```starter\n```\n```solution\n```\n```checks\n```\n"
    try lesson.write(
      to: folder.appendingPathComponent("01-a.md"), atomically: true, encoding: .utf8)
    try lesson.write(
      to: folder.appendingPathComponent("02-b.md"), atomically: true, encoding: .utf8)
    try "ignored".write(
      to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let loaded = try Catalog.load(directory: folder.path)
    #expect(loaded.lessons.count == 2)
    let messages = try Linter.lint(paths: [folder.path]).map(\.message)
    #expect(messages.contains { $0.hasPrefix("lesson id `same` is also used by") })
    #expect(messages.contains { $0.hasPrefix("lesson order 1 is also used by") })
    #expect(messages.contains { $0.hasPrefix("exercise id `ex` is also declared at") })
  }

  @Test func locatingLessonsPrefersTheExplicitFolderAndReportsWhereItLooked() throws {
    #expect(throws: CourseError.lessonsNotFound(searched: ["/nonexistent/lessons"])) {
      try Catalog.locateLessons(explicit: "/nonexistent/lessons")
    }
    #expect(throws: CourseError.self) {
      try Catalog.locateLessons(
        explicit: nil, environment: [:], currentDirectory: "/nonexistent",
        executablePath: "/nonexistent/bin/primer")
    }
    #expect(
      try Catalog.locateLessons(explicit: nil, environment: ["PRIMER_LESSONS": "/tmp"]) == "/tmp")
  }
}

@Suite struct LessonIndexTests {
  @Test func theIndexFindsLessonsFromTheirFrontMatterAlone() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "primer-index-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "---\nid: attention\ntitle: Attention\norder: 6\nsummary: s\n---\n# Attention\n".write(
      to: folder.appendingPathComponent("06-attention.md"), atomically: true, encoding: .utf8)
    try "---\nid: neural-networks\ntitle: Neural networks\norder: 1\nsummary: s\n---\n# NN\n".write(
      to: folder.appendingPathComponent("01-nn.md"), atomically: true, encoding: .utf8)
    let index = try LessonIndex.load(directory: folder.path)
    #expect(index.entries.map(\.metadata.id) == ["neural-networks", "attention"])
    #expect(try index.entry(named: "6").metadata.id == "attention")
    #expect(try index.entry(named: "neur").path.hasSuffix("01-nn.md"))
    #expect(try index.lesson(try index.entry(named: "attention")).title == "Attention")
    #expect(throws: CourseError.self) { try index.entry(named: "transformers") }
    let catalog = try Catalog.load(directory: folder.path)
    #expect(catalog.lessons.map(\.metadata) == index.entries.map(\.metadata))
  }
}

@Suite struct LessonFilesListingTests {
  @Test func markdownFilesAreTheVisibleMarkdownFilesSortedByName() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("primer-list-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["02-b.md", "01-a.md", ".hidden.md", "notes.txt", "é-lesson.md", "10-c.md"] {
      try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    for directory in [folder.path, folder.path + "/"] {
      let expected = try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        .map { (directory as NSString).appendingPathComponent($0) }
      #expect(try LessonFiles.markdownFiles(in: directory) == expected)
    }
    #expect(throws: CourseError.self) {
      try LessonFiles.markdownFiles(in: folder.path + "/missing")
    }
  }
}
