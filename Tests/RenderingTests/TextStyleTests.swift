import Testing

@testable import Rendering

/// A style becomes one SGR escape naming each of its fields, and `+` lays one style over another.
@Suite struct TextStyleTests {
  @Test func theEscapeNamesEveryField() {
    #expect(TextStyle.plain.selectGraphicRendition == "\u{1B}[0m")
    #expect(TextStyle.heading2.selectGraphicRendition == "\u{1B}[0;1;36m")
    let all = TextStyle(
      bold: true, italic: true, underline: true, dim: true, color: .gray, background: 231)
    #expect(all.selectGraphicRendition == "\u{1B}[0;1;2;3;4;90;48;5;231m")
  }

  @Test func theStyleOnTopAddsItsFlagsAndWinsOnColour() {
    let combined = TextStyle.heading1 + TextStyle(italic: true, color: .green)
    #expect(combined == TextStyle(bold: true, italic: true, color: .green))
    #expect(TextStyle.code + .plain == .code)
  }
}
