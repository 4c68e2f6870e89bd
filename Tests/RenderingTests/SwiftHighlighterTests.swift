import Testing

@testable import Rendering

@Suite struct SwiftHighlighterTests {
  typealias Kind = SwiftHighlighter.Kind

  func kinds(_ source: String) -> [(Kind, String)] {
    SwiftHighlighter.tokens(source).filter { $0.kind != .plain }.map { ($0.kind, $0.text) }
  }

  static let examples: [(source: String, kind: Kind, text: String)] = [
    ("let x = 1", .keyword, "let"),
    ("func f() {}", .keyword, "func"),
    ("var m: Matrix", .type, "Matrix"),
    ("x = 42", .number, "42"),
    ("x = 1_000.5e-3", .number, "1_000.5e-3"),
    ("x = 0xFF", .number, "0xFF"),
    ("s = \"hi \\\"there\\\"\"", .string, "\"hi \\\"there\\\"\""),
    ("s = #\"raw \"quoted\"\"#", .string, "#\"raw \"quoted\"\"#"),
    ("x // note", .comment, "// note"),
    ("/* a /* nested */ b */ x", .comment, "/* a /* nested */ b */"),
    ("@inlinable func", .attribute, "@inlinable"),
    ("#if DEBUG", .keyword, "#if"),
  ]

  @Test(arguments: examples)
  func classifiesTokens(source: String, kind: Kind, text: String) {
    #expect(kinds(source).contains { $0.0 == kind && $0.1 == text }, "\(kinds(source))")
  }

  @Test func tokensConcatenateBackToTheSource() {
    let source =
      "struct A {\n  let s = \"\"\"\n  multi \\(x)\n  \"\"\" // done\n}\n\tlet y = 0b1010"
    #expect(SwiftHighlighter.tokens(source).map(\.text).joined() == source)
  }

  @Test func multilineStringsSpanLines() {
    let lines = SwiftHighlighter.highlightedLines("let s = \"\"\"\nbody\n\"\"\"", language: "swift")
    #expect(lines.count == 3)
    #expect(lines[1].first?.style == SwiftHighlighter.style(of: .string))
  }

  @Test func memberNamedLikeAKeywordIsPlain() {
    #expect(!kinds("x.default").contains { $0.1 == "default" })
  }

  @Test func otherLanguagesAreNotHighlighted() {
    let lines = SwiftHighlighter.highlightedLines("let x = 1", language: "python")
    #expect(lines.flatMap { $0 }.allSatisfy { $0.style == .plain })
  }

  @Test func tabsExpandToFourColumnStops() {
    let lines = SwiftHighlighter.highlightedLines("\tx\ty", language: "text")
    #expect(lines[0].map(\.text).joined() == "    x   y")
  }

  @Test func unterminatedLiteralsDoNotCrash() {
    for source in ["\"abc", "/* open", "#\"raw", "\"\"\"\nnever closed", "0x", "@", "`"] {
      #expect(SwiftHighlighter.tokens(source).map(\.text).joined() == source)
    }
  }
}
