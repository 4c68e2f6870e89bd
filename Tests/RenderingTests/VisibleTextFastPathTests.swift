import PrimerKit
import Testing

@testable import Rendering

/// `VisibleText.containsControl` scans bytes; it must agree with the scalar-by-scalar
/// `containsControlByScalar` on every text.
@Suite struct VisibleTextFastPathTests {
  static let pieces = [
    "a", " ", "—", "’", "…", "\u{1B}", "\t", "\n", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "é",
    "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}",
    "\u{206A}", "日", "👩‍💻", "x\u{301}", "plain text", "~~~~~~~~~", "        ",
  ]

  @Test func randomTextIsJudgedAsScalarByScalar() {
    var failures: [String] = []
    for seed in UInt64(0)..<3000 {
      var random = SplitMix64(seed: seed)
      let text = (0..<Int(random.next() % 8)).map { _ in
        Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }.joined()
      if VisibleText.containsControl(text) != VisibleText.containsControlByScalar(text) {
        failures.append(text.debugDescription)
      }
    }
    #expect(failures.isEmpty, "judged differently: \(failures.prefix(10))")
  }

  @Test func everyScalarAtEveryOffsetOfALongTextIsJudgedAsScalarByScalar() {
    var wrong: [String] = []
    for value in UInt32(0)..<0x3000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for offset in 0..<17 {
        let text =
          String(repeating: "x", count: offset) + String(scalar) + String(repeating: "~", count: 9)
        if VisibleText.containsControl(text) != VisibleText.containsControlByScalar(text) {
          wrong.append(String(value, radix: 16) + "@\(offset)")
        }
      }
    }
    #expect(wrong.isEmpty, "U+\(wrong.prefix(10))")
  }

  @Test func everyScalarUpToU3000IsJudgedAsScalarByScalar() {
    var wrong: [String] = []
    for value in UInt32(0)..<0x3000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "a" + String(scalar) + "b"
      if VisibleText.containsControl(text) != VisibleText.containsControlByScalar(text) {
        wrong.append(String(value, radix: 16))
      }
    }
    #expect(wrong.isEmpty, "U+\(wrong.prefix(10))")
  }
}
