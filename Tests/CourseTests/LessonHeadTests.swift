import Foundation
import PrimerKit
import Testing

@testable import Course

/// The lesson index's reading of front matter (`LessonHead`), held to the full parse
/// (`FrontMatter` over the whole file).
@Suite struct LessonHeadTests {
  static func full(_ text: String) -> LessonHead.Fields {
    let fields = FrontMatter(text).fields
    return LessonHead.Fields(
      id: fields["id"]?.value, title: fields["title"]?.value, order: fields["order"]?.value,
      summary: fields["summary"]?.value)
  }

  @Test(arguments: LessonFilesTests.lessonFileNames)
  func everyLessonsHeadIsReadAsTheFullParseReadsIt(_ name: String) throws {
    let path = LessonFilesTests.lessonsFolder.appendingPathComponent(name).path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(try LessonHead.fields(ofFileAt: path) == Self.full(text))
    #expect(LessonHead.fields(ofHead: Array(text.utf8)) == Self.full(text))
  }

  @Test(arguments: LessonFilesTests.lessonFileNames)
  func theBytePathTakesEveryLessonOfTheCourse(_ name: String) throws {
    let path = LessonFilesTests.lessonsFolder.appendingPathComponent(name).path
    let bytes = try #require(FileManager.default.contents(atPath: path))
    #expect(LessonHead.asciiFields(Array(bytes)) != nil)
  }

  /// Heads built at random from the pieces front matter is made of, right and wrong, ASCII or
  /// not; each read by the fast path (when it takes it) and by the full parse.
  @Test func randomHeadsAreReadAsTheFullParseReadsThem() {
    let pieces = [
      "---", " --- ", "---\r", "\u{2003}---", "id: x", "title: Y", "order: 3", "summary: s",
      "bad line", "", "# comment", "title: 'quoted'", "title: \"q\"", "summary: √dₖ", "\t---\t",
      "id:", "id : spaced ", "order: -1", "title: a: b", "#title: hidden", "é: ü", "id: z\u{0301}",
      "title: \u{00A0}padded\u{00A0}", "---x", "summary: \"", "\u{0007}", "title: Ünïcode",
      "summary: a — b", "id:\u{0301}x", "#\u{0301}title: t", "title: \"\u{0301}q\"",
      "tïtle: x", "title: x\u{0301}", "---\u{0301}", "\u{2003}", "summary: ' é '",
      "title:\u{2003}x", "order: ٣", "title: 'a\u{200D}'",
    ]
    var random = SplitMix64(seed: 17)
    var fast = 0
    for _ in 0..<4_000 {
      var lines: [String] = random.next() % 5 == 0 ? [] : ["---"]
      for _ in 0..<Int(random.next() % 8) {
        lines.append(pieces[Int(random.next() % UInt64(pieces.count))])
      }
      let text = lines.joined(separator: "\n") + (random.next() % 2 == 0 ? "\n# Body\n" : "")
      if LessonHead.asciiFields(Array(text.utf8)) != nil { fast += 1 }
      #expect(
        LessonHead.fields(ofHead: Array(text.utf8)) == Self.full(text), "\(text.debugDescription)")
    }
    #expect(fast > 500)
  }

  /// Front matter longer than the first read, and front matter never closed in a long file.
  @Test func longFrontMatterIsReadToItsEnd() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("primer-head-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let comments = String(repeating: "# a comment line to make the front matter long\n", count: 200)
    for text in [
      "---\n\(comments)id: long\ntitle: Long\n---\n# Body\n",
      "---\nid: open\n\(comments)# never closed\n",
      "---\nid: short\n---\n" + String(repeating: "text ", count: 2_000),
    ] {
      let path = folder.appendingPathComponent("lesson.md").path
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      #expect(try LessonHead.fields(ofFileAt: path) == Self.full(text))
    }
  }

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
