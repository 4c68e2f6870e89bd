import PrimerKit
import Testing

@testable import Rendering

/// `UnicodeScripts.superscript` and `subscript` look each scalar up by a switch; they must
/// give what the plain table look-ups give, for every scalar and for random text.
@Suite struct UnicodeScriptsFastPathTests {
  @Test func everyScalarMapsAsByTable() {
    var wrong: [String] = []
    for value in Array(UInt32(0)..<0x3000) + [0x1D400, 0x1F600, 0xFF21] {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = String(scalar)
      if UnicodeScripts.superscript(text) != UnicodeScripts.superscriptByTable(text)
        || UnicodeScripts.subscript(text) != UnicodeScripts.subscriptByTable(text)
      {
        wrong.append(String(value, radix: 16))
      }
    }
    #expect(wrong.isEmpty, "scalars mapped differently: U+\(wrong.prefix(10))")
  }

  @Test func randomTextMapsAsByTable() {
    let pieces = [
      "1", "2", "i", "n", "+", "−", "(", ")", "T", "K", "\u{212A}", "β", "b", " ",
      "e\u{301}", "é", "⊤", "x", "\r\n", "",
    ]
    var wrong: [String] = []
    for seed in UInt64(0)..<3000 {
      var random = SplitMix64(seed: seed)
      let text = (0..<Int(random.next() % 5)).map { _ in
        pieces[Int(random.next() % UInt64(pieces.count))]
      }.joined()
      if UnicodeScripts.superscript(text) != UnicodeScripts.superscriptByTable(text)
        || UnicodeScripts.subscript(text) != UnicodeScripts.subscriptByTable(text)
      {
        wrong.append(text.debugDescription)
      }
    }
    #expect(wrong.isEmpty, "texts mapped differently: \(wrong.prefix(10))")
  }
}
