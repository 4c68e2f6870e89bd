import Testing

@testable import Rendering

@Suite struct DisplayWidthTests {
  static let examples: [(text: String, columns: Int)] = [
    ("", 0),
    ("hello", 5),
    ("日本語", 6),
    ("한국어", 6),
    ("ｆｕｌｌ", 8),
    ("e\u{301}", 1),
    ("ŷ", 1),
    ("x̄", 1),
    ("🎉", 2),
    ("👩‍💻", 2),
    ("🇫🇷", 2),
    ("❤️", 2),
    ("1️⃣", 2),
    ("\u{200B}", 0),
    ("a\u{200D}b", 2),
    ("\u{1B}[0;1;36mbold\u{1B}[0m", 4),
    ("\u{1B}]8;;https://example.com\u{1B}\\link\u{1B}]8;;\u{1B}\\", 4),
    ("softmax(QKᵀ/√dₖ)V", 17),
    ("ℝⁿ", 2),
    ("Σᵢ₌₁ⁿ", 5),
    ("␛", 1),
    ("╭─ swift", 8),
    ("α β", 3),
    ("\u{7}", 0),
  ]

  @Test(arguments: examples)
  func countsTerminalColumns(text: String, columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
  }

  @Test func substringsMeasureLikeStrings() {
    let text = "日本 and 🎉"
    #expect(DisplayWidth.of(text[...]) == DisplayWidth.of(text))
  }
}

@Suite struct LineWrapperTests {
  func wrap(_ text: String, width: Int) -> [String] {
    LineWrapper.wrap([.text(Span(text))], width: width).map { $0.spans.map(\.text).joined() }
  }

  @Test func breaksAtSpaces() {
    #expect(wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
  }

  @Test func splitsWordsLongerThanALine() {
    #expect(wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
  }

  @Test func wideCharactersCountTwoAndAreNeverCut() {
    #expect(wrap("日本語のテキスト", width: 5) == ["日本", "語の", "テキ", "スト"])
  }

  @Test func combiningMarksStayWithTheirLetter() {
    #expect(wrap("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
  }

  @Test func unbreakableTextMovesWhole() {
    let lines = LineWrapper.wrap(
      [.text(Span("see ")), .unbreakable(Span("a + b = c")), .text(Span(" here"))], width: 12)
    #expect(lines.map { $0.spans.map(\.text).joined() } == ["see", "a + b = c", "here"])
  }

  @Test func lineBreaksAreKept() {
    let lines = LineWrapper.wrap([.text(Span("one")), .lineBreak, .text(Span("two"))], width: 20)
    #expect(lines.count == 2)
  }

  @Test func truncationEndsWithAnEllipsis() {
    let line = LineWrapper.truncate(StyledLine("a long summary line"), to: 8)
    #expect(line.spans.map(\.text).joined() == "a long …")
    #expect(line.width == 8)
  }

  @Test func stylesBecomeEscapesOnlyWithColour() {
    let line = StyledLine([Span("bold", .bold), Span(" plain")])
    var plain = ""
    line.write(to: &plain, color: false)
    #expect(plain == "bold plain")
    var color = ""
    line.write(to: &color, color: true)
    #expect(color == "\u{1B}[0;1mbold\u{1B}[0m plain")
  }
}

/// Lesson text in a span is escaped by `TerminalText.escape`, its line feeds and tabs made
/// spaces (a span is part of one line).
@Suite struct SpanTextTests {
  static let examples: [(raw: String, shown: String)] = [
    ("plain", "plain"),
    ("\u{1B}[2J", "␛[2J"),
    ("bell\u{7}", "bell␇"),
    ("csi\u{9B}31m", "csi\\u{9B}31m"),
    ("tab\there", "tab here"),
    ("line\nfeed\r\n", "line feed␍ "),
    ("é ü — “quotes”", "é ü — “quotes”"),
  ]

  @Test(arguments: examples)
  func controlCharactersBecomeVisible(raw: String, shown: String) {
    #expect(Span(raw).text == shown)
  }

  @Test func hyperlinkURLsArePrintableASCII() {
    #expect(
      StyledLine.urlForHyperlink("https://e.com/a b\u{1B}é") == "https://e.com/a%20b%1B%C3%A9")
  }
}
