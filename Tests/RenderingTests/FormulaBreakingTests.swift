import Testing

@testable import Rendering

@Suite struct FormulaBreakingTests {
  static let formula = "O = softmax(mask(QKᵀ/√dₖ))·V + X·W + b = Y"

  /// Widths from the widest token (`softmax(mask(QKᵀ/√dₖ))·V`, 27 columns, with the indent) up.
  @Test(arguments: [31, 35, 40, 45])
  func aWideFormulaBreaksBeforeOperatorsAndKeepsEveryToken(_ width: Int) {
    let lines = FormulaBreaking.lines(Self.formula, width: width)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(lines)")
    let rejoined = lines.map { $0.drop { $0 == " " } }.joined(separator: " ")
    #expect(rejoined == Self.formula, "\(lines)")
    for line in lines.dropFirst() {
      #expect(line.hasPrefix("   "), "a continuation is indented: \(line)")
    }
  }

  @Test func breaksComeBeforeTheOperatorOutsideBrackets() {
    #expect(
      FormulaBreaking.lines(Self.formula, width: 30)
        == ["O = softmax(mask(QKᵀ/√dₖ))·V", "    + X·W + b = Y"])
  }

  @Test(arguments: [8, 12, 16, 20])
  func narrowerThanATokenItIsCutVisiblyAndNoLineIsTooWide(_ width: Int) {
    let lines = FormulaBreaking.lines(Self.formula, width: width)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(lines)")
    #expect(lines.contains { $0.hasSuffix("»") })
  }

  @Test func formulasSetApartAreBrokenBetweenFirst() {
    #expect(
      FormulaBreaking.lines("Q = XW,   O = softmax(QKᵀ)V", width: 22)
        == ["Q = XW,", "    O = softmax(QKᵀ)V"])
  }

  @Test func aFormulaThatFitsIsUnchanged() {
    #expect(FormulaBreaking.lines("a + b = c", width: 9) == ["a + b = c"])
  }

  @Test func aTokenWiderThanTheLineIsCutWithAMarker() {
    #expect(FormulaBreaking.lines("abcdefghij", width: 6) == ["abcde»"])
  }
}

@Suite struct CodeLayoutTests {
  static let code = [[Span("let x = 1")], [Span("let aVeryLongName = anotherVeryLongName + 1")]]

  @Test func onATerminalCodeIsIndentedAndALongLineIsCutWithANote() {
    let lines = CodeLayout.lines(Self.code, label: nil, width: 30, whole: false).map {
      $0.spans.map(\.text).joined()
    }
    #expect(lines[0] == "  let x = 1")
    #expect(lines[1] == "  let aVeryLongName = another»")
    #expect(lines[1].count == 30)
    #expect(lines.dropFirst(2).joined(separator: " ").contains("needs 45"))
    #expect(!lines.contains { $0.contains("│") })
  }

  @Test func intoAPipeCodeIsWholeAndBareWithItsLabelAsAComment() {
    let lines = CodeLayout.lines(Self.code, label: "starter", width: 30, whole: true).map {
      $0.spans.map(\.text).joined()
    }
    #expect(lines == ["// starter", "let x = 1", "let aVeryLongName = anotherVeryLongName + 1"])
  }
}
