import PrimerKit
import Testing

@testable import Rendering

/// `UnicodeMath.finish` works on bytes when it can; it must give what the plain
/// character-by-character `finishByCharacter` gives.
@Suite struct UnicodeMathFastPathTests {
  static let pieces: [String] = [
    " ", "  ", String(UnicodeMathWriter.hardSpace), "x", "ᵢ", "=", "∑", "√", "(", ")", "ℝ", "日",
    "\u{302}", "\u{20D7}", "\u{200D}", "🎉", "\r\n", "\u{E011}", "ab", "−", "·",
  ]

  @Test func randomRowsFinishAsCharacterByCharacter() {
    var failures: [String] = []
    for seed in UInt64(0)..<3000 {
      var random = SplitMix64(seed: seed)
      let text = (0..<Int(random.next() % 14)).map { _ in
        Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }.joined()
      if UnicodeMath.finish(text) != UnicodeMath.finishByCharacter(text) {
        failures.append(text.debugDescription)
      }
    }
    #expect(failures.isEmpty, "rows finished differently: \(failures.prefix(10))")
  }
}
