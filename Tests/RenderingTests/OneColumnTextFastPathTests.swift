import Course
import PrimerKit
import Testing

@testable import Rendering

/// Fast paths for text beyond ASCII whose characters are each one column and one scalar
/// (dashes, quotes, Greek, arrows, Braille), held to their plain twins.
@Suite struct OneColumnTextFastPathTests {
  /// Every scalar of `DisplayWidth.isOneColumn`'s blocks is one column, not a mark or format
  /// character, and a character of its own beside anything: `mayJoinCluster` and the line
  /// wrapper rely on it without looking up properties.
  @Test func everyScalarOfTheOneColumnBlocksStandsAloneByItsProperties() {
    var wrong: [String] = []
    for value in UInt32(0x300)...0x2FFF where DisplayWidth.isOneColumn(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let category = scalar.properties.generalCategory
      let isMarkOrFormat = [.nonspacingMark, .spacingMark, .enclosingMark, .format].contains(
        category)
      let standsAlone = "a\(scalar)a".count == 3 && "\(scalar)\(scalar)".count == 2
      if DisplayWidth.of(scalar) != 1 || isMarkOrFormat || !standsAlone {
        wrong.append(String(value, radix: 16, uppercase: true))
      }
    }
    #expect(wrong.isEmpty, "scalars that do not stand alone: U+\(wrong.prefix(20))")
  }

  /// Prose with dashes, quotes and Greek wraps on the fast path as on the plain path.
  @Test func oneColumnProseWrapsAsOnThePlainPath() {
    let fragments = [
      "a", "word", " ", "  ", "—", "’s", "α β", " → ", "x—y z", "é", "日本", "end.", "tail ",
      " head", "averyveryverylongwordwith—dashes—inside", "",
    ]
    let styles: [TextStyle] = [.plain, .bold, .code]
    var failures: [UInt64] = []
    for seed in UInt64(0)..<3000 {
      var random = SplitMix64(seed: seed)
      let pieces = (0..<Int(random.next() % 30)).map { _ -> LineWrapper.Piece in
        let roll = random.next() % 20
        if roll == 0 { return .lineBreak }
        let text = (0..<(1 + Int(random.next() % 6))).map { _ in
          fragments[Int(random.next() % UInt64(fragments.count))]
        }.joined()
        let style = styles[Int(random.next() % UInt64(styles.count))]
        return roll == 1 ? .unbreakable(Span(text, style)) : .text(Span(text, style))
      }
      let width = 2 + Int(random.next() % 40)
      if LineWrapper.wrap(pieces, width: width)
        != LineWrapper.wrap(pieces, width: width, usesFastPath: false)
      {
        failures.append(seed)
      }
    }
    #expect(failures.isEmpty, "seeds whose layout differs: \(failures.prefix(20))")
  }

  /// Formulas with accents and other joining scalars finish on bytes when no joining scalar
  /// touches a space, and as character by character either way.
  @Test func accentedRowsFinishAsCharacterByCharacter() {
    let pieces = [
      " ", "  ", String(UnicodeMathWriter.hardSpace), "x", "ŷ", "x\u{302}", "\u{300}", "\u{600}",
      "ᄀ", "각", "\u{20D7}", "\u{200D}", "🎉", "=", "ᵢ",
    ]
    var failures: [String] = []
    for seed in UInt64(0)..<3000 {
      var random = SplitMix64(seed: seed)
      let text = (0..<Int(random.next() % 12)).map { _ in
        pieces[Int(random.next() % UInt64(pieces.count))]
      }.joined()
      if UnicodeMath.finish(text) != UnicodeMath.finishByCharacter(text) {
        failures.append(text.debugDescription)
      }
    }
    #expect(failures.isEmpty, "rows finished differently: \(failures.prefix(10))")
  }
}
