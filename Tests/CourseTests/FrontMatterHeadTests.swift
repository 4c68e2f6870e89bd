import Foundation
import PrimerKit
import Testing

@testable import Course

/// `FrontMatter.fields(ofHead:)`, which decodes only a lesson's head, held to the full parse.
@Suite struct FrontMatterHeadTests {
  static func expectSame(_ text: String, _ comment: String = "") {
    expectSameSplit(text, comment)
    let full = FrontMatter(text)
    let head = FrontMatter.fields(ofHead: Array(text.utf8))
    #expect(head.isPresent == full.isPresent, "\(comment)")
    #expect(
      head.fields.byKey.mapValues(\.value) == full.fields.byKey.mapValues(\.value), "\(comment)")
    #expect(
      head.fields.byKey.mapValues(\.line) == full.fields.byKey.mapValues(\.line), "\(comment)")
    #expect(head.problems.map(\.1) == full.problems.map(\.1), "\(comment)")
  }

  @Test(arguments: LessonFilesTests.lessonFileNames)
  func everyLessonsFieldsAreTheFullParses(_ name: String) throws {
    let text = try String(
      contentsOf: LessonFilesTests.lessonsFolder.appendingPathComponent(name), encoding: .utf8)
    Self.expectSame(text, name)
  }

  @Test(arguments: [
    "", "---", "---\n", "---\nid: a\n", "---\nid: a\n---", "---\nid: a\n---\n# Body\n---\n",
    "--- \t\r\nid: a\r\n \t--- \r\nbody", "---\nid: a\n\u{00A0}---\u{00A0}\ntitle: b\n---\n",
    "---\nid: a\nid: b\nbogus\n---\n", "# No front matter\n---\nid: a\n---\n",
    "----\nid: a\n----\n",
    "---\nid: é\n---\n", "---\r\nid: a\r\n---\r\n",
  ])
  func awkwardHeadsAreReadAsTheFullParseReadsThem(_ text: String) {
    Self.expectSame(text, text.debugDescription)
  }

  /// Heads built at random from the pieces a front matter is made of, right and wrong.
  @Test func randomHeadsAreReadAsTheFullParseReadsThem() {
    let pieces = [
      "---", " --- ", "---\r", "\u{2003}---", "id: x", "title: Y", "order: 3", "summary: s",
      "bad line", "", "# comment", "key: 'quoted'", "é: ü", "\t---\t", "id: \u{A0}x",
      "title:  \u{301}y", "#\u{301}", "summary: \"é\"", "k:\"", "order: ''", "id : a:b", ":x",
      "id:'a\"", "title: x \u{2003}", "summary: QKᵀ/√dₖ", "id:\u{301}", "\"\u{301}x\"",
      "a\u{0600}b",
    ]
    var random = SplitMix64(seed: 7)
    for _ in 0..<6_000 {
      var lines: [String] = random.next() % 4 == 0 ? [] : ["---"]
      for _ in 0..<Int(random.next() % 8) {
        lines.append(pieces[Int(random.next() % UInt64(pieces.count))])
      }
      let text = lines.joined(separator: "\n") + (random.next() % 2 == 0 ? "\n" : "")
      Self.expectSame(text, text.debugDescription)
    }
  }

  /// `FrontMatter.split`, which decodes only the head and gives the body as bytes, held to
  /// the full parse of a text without CR LF pairs (they are gone before it is called).
  static func expectSameSplit(_ text: String, _ comment: String) {
    let text = text.replacingCarriageReturns()
    let full = FrontMatter(text)
    let (head, body) = FrontMatter.split(Array(text.utf8))
    #expect(body == Array(full.body.utf8), "\(comment)")
    #expect(head.isPresent == full.isPresent, "\(comment)")
    #expect(
      head.fields.byKey.mapValues(\.value) == full.fields.byKey.mapValues(\.value), "\(comment)")
    #expect(
      head.fields.byKey.mapValues(\.line) == full.fields.byKey.mapValues(\.line), "\(comment)")
    #expect(head.problems.map(\.0) == full.problems.map(\.0), "\(comment)")
    #expect(head.problems.map(\.1) == full.problems.map(\.1), "\(comment)")
  }
}
