import PrimerKit
import Testing

@testable import Rendering

/// `TextStyle` packs its fields into one word: every field reads back as it was set, and two
/// styles are equal exactly when all their fields are.
@Suite struct TextStyleTests {
  static let colors: [TextStyle.Color?] = [
    nil, .red, .green, .yellow, .blue, .magenta, .cyan, .gray,
  ]
  static let backgrounds: [UInt8?] = [nil, 0, 1, 17, 128, 255]

  static func random(_ random: inout SplitMix64) -> TextStyle {
    TextStyle(
      bold: random.next() % 2 == 0, italic: random.next() % 2 == 0,
      underline: random.next() % 2 == 0, dim: random.next() % 2 == 0,
      color: colors[Int(random.next() % UInt64(colors.count))],
      link: random.next() % 3 == 0 ? Hyperlink("https://example.com/\(random.next() % 3)") : nil,
      background: backgrounds[Int(random.next() % UInt64(backgrounds.count))])
  }

  @Test func fieldsReadBackAsSet() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<2000 {
      let style = Self.random(&random)
      var copy = TextStyle()
      copy.bold = style.bold
      copy.italic = style.italic
      copy.underline = style.underline
      copy.dim = style.dim
      copy.color = style.color
      copy.link = style.link
      copy.background = style.background
      #expect(copy == style)
      // Setting a field to what it is, or clearing and setting it again, changes nothing.
      var again = style
      again.color = nil
      again.color = style.color
      again.background = nil
      again.background = style.background
      again.link = nil
      again.link = style.link
      #expect(again == style)
    }
  }

  @Test func stylesAreEqualExactlyWhenTheirFieldsAre() {
    var random = SplitMix64(seed: 11)
    for _ in 0..<2000 {
      let a = Self.random(&random)
      let b = Self.random(&random)
      let fieldsEqual =
        a.bold == b.bold && a.italic == b.italic && a.underline == b.underline && a.dim == b.dim
        && a.color == b.color && a.link == b.link && a.background == b.background
      #expect((a == b) == fieldsEqual)
    }
  }
}
