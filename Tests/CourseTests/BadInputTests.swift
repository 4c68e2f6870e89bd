import Testing

@testable import Course

@Suite struct BadInputTests {
  @Test func anEmptyFileIsReported() {
    let result = LessonParser.parse("", path: "empty.md")
    #expect(result.lesson.blocks.isEmpty)
    #expect(result.diagnostics.map(\.message).contains { $0.hasPrefix("the lesson is empty") })
  }

  @Test func aFileThatIsNotUTF8NamesTheByte() {
    let bytes = Array("---\nid: x\n".utf8) + [0xC3, 0x28] + Array(" rest\n".utf8)
    let result = LessonParser.parse(fileAt: "latin1.md", bytes: bytes)
    #expect(result.diagnostics.map(\.description) == ["latin1.md:3:1: error: the file is not valid UTF-8 (byte 10); save it as UTF-8"])
  }

  @Test func anUnclosedFenceRunsToTheEndOfTheFile() {
    guard case .code(let code)? = blocks("```swift\nlet x = 1\n").first else {
      Issue.record("expected code")
      return
    }
    #expect(code.code == "let x = 1\n")
  }

  @Test func deeplyNestedListsAreFlattenedNotFatal() {
    var text = ""
    for depth in 0..<2_000 { text += String(repeating: "  ", count: depth) + "- item \(depth)\n" }
    let result = parse(text)
    #expect(result.diagnostics.map(\.message).contains { $0.contains("nest deeper than") })
    #expect(!result.lesson.blocks.isEmpty)
  }

  @Test func deeplyNestedQuotesAreFlattenedNotFatal() {
    let result = parse(String(repeating: ">", count: 50_000) + " deep\n")
    #expect(result.diagnostics.map(\.severity) == [.warning])
  }

  @Test func aTenMegabyteLessonParses() {
    let paragraph = "A neuron computes $y = \\sigma(w x + b)$ with *weights* and `code`, costing $5.\n\n"
    let text = String(repeating: paragraph, count: 10_000_000 / paragraph.utf8.count)
    let result = parse(text)
    #expect(result.lesson.blocks.count > 100_000)
  }

  @Test func controlCharactersAndEscapesStayInTheModelForRenderersToNeutralise() {
    let inlines = firstParagraph("bell \u{07} and \u{1B}[31mred\u{1B}[0m")
    #expect(inlines.plainText.contains("\u{1B}[31m"))
  }

  @Test func nulBytesDoNotTruncateTheLesson() {
    #expect(firstParagraph("before\u{0}after").plainText == "before\u{FFFD}after")
  }
}
