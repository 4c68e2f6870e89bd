import PrimerKit
import Testing

@testable import Rendering

/// `DisplayWidth.scalarByScalar`, the fast path, must measure what the plain cluster-by-cluster
/// definition measures whenever it answers at all.
@Suite struct DisplayWidthFastPathTests {
  /// Scalars of every kind the width rules tell apart: ASCII, controls, escapes, Latin, Greek,
  /// maths, box drawing, CJK, Hangul syllables and jamo, combining marks, joiners, variation
  /// selectors, emoji, flags, keycaps, prepended and spacing marks.
  static let pool: [Unicode.Scalar] = [
    "a", "Z", " ", "[", "m", "]", "\\", "0", "\u{0}", "\u{7}", "\u{1B}", "\r", "\n", "\u{7F}",
    "\u{9B}", "é", "ŷ", "α", "Σ", "ℝ", "∑", "√", "→", "≤", "ᵢ", "₁", "²", "─", "═", "│", "╭",
    "日", "本", "ｆ", "한", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{301}", "\u{302}", "\u{20D7}",
    "\u{20E3}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FE0F}", "\u{FE0E}", "\u{2764}", "\u{231A}",
    "\u{1F389}", "\u{1F469}", "\u{1F4BB}", "\u{1F1EB}", "\u{1F1F7}", "\u{1F3FB}", "\u{600}",
    "\u{D4E}", "\u{E33}", "\u{903}", "\u{915}", "\u{FF9E}", "\u{E010}", "\u{2066}", "\u{202E}",
  ]

  /// Up to 11 scalars drawn from `pool`, the same for the same seed.
  static func randomText(seed: UInt64) -> String {
    var random = SplitMix64(seed: seed)
    var scalars = String.UnicodeScalarView()
    for _ in 0..<Int(random.next() % 12) {
      scalars.append(pool[Int(random.next() % UInt64(pool.count))])
    }
    return String(scalars)
  }

  @Test func randomTextMeasuresAsClusterByCluster() {
    var failures: [String] = []
    var answered = 0
    for seed in UInt64(0)..<4000 {
      let text = Self.randomText(seed: seed)
      guard let fast = DisplayWidth.scalarByScalar(text) else { continue }
      answered += 1
      if fast != DisplayWidth.clusterByCluster(text) { failures.append(text.debugDescription) }
    }
    #expect(failures.isEmpty, "texts measured differently: \(failures.prefix(10))")
    #expect(answered > 500, "the fast path should answer for most texts without joiners")
  }

  @Test(arguments: [
    "softmax(QKᵀ/√dₖ)V", "Σᵢ₌₁ⁿ xᵢ", "╭─ swift ─╮", "日本語 and ｆｕｌｌ", "x ∈ ℝⁿ", "α β",
    "\u{1B}[0;1;36mbold\u{1B}[0m", "\u{1B}]8;;https://example.com\u{1B}\\link\u{1B}]8;;\u{1B}\\",
  ])
  func formulasAndFramesTakeTheFastPath(text: String) {
    #expect(DisplayWidth.scalarByScalar(text) == DisplayWidth.clusterByCluster(text))
  }
}

extension DisplayWidthFastPathTests {
  @Test func everyScalarOfTheOneColumnBlocksIsOneColumnAndStandsAlone() {
    var wrong: [String] = []
    for value in UInt32(0x300)...0x2FFF where DisplayWidth.isOneColumn(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if DisplayWidth.of(scalar) != 1 || DisplayWidth.mayJoinCluster(scalar) {
        wrong.append(String(value, radix: 16, uppercase: true))
      }
    }
    #expect(wrong.isEmpty, "scalars that are not one plain column: U+\(wrong.prefix(20))")
    #expect(DisplayWidth.isOneColumn(0x2211) && DisplayWidth.isOneColumn(0x2500))
  }
}

extension DisplayWidthFastPathTests {
  /// The UTF-8 decoding twin measures what `scalarByScalar` measures whenever both answer,
  /// what `clusterByCluster` measures where only it answers (combining marks), and answers
  /// whenever `scalarByScalar` does on text without control characters.
  @Test func utf8ScanMeasuresAsScalarByScalar() {
    var failures: [String] = []
    var answered = 0
    for seed in UInt64(0)..<4000 {
      var text = Self.randomText(seed: seed)
      let fast = text.withUTF8 { DisplayWidth.scalarByScalar(utf8: $0) }
      let plain =
        DisplayWidth.scalarByScalar(text) ?? fast.map { _ in DisplayWidth.clusterByCluster(text) }
      let hasControl = text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
      if fast != nil { answered += 1 }
      if fast.map({ $0 != plain }) ?? (!hasControl && plain != nil) {
        failures.append(text.debugDescription)
      }
    }
    #expect(failures.isEmpty, "texts measured differently: \(failures.prefix(10))")
    #expect(answered > 500)
  }

  @Test func everyScalarMeasuresAsScalarByScalar() {
    var wrong: [String] = []
    for value in UInt32(0x20)...0x3_0000 {
      guard let scalar = Unicode.Scalar(value), value != 0x7F else { continue }
      var text = String(scalar)
      let fast = text.withUTF8 { DisplayWidth.scalarByScalar(utf8: $0) }
      let plain =
        DisplayWidth.isZeroWidthMark(value)
        ? DisplayWidth.clusterByCluster(text) : DisplayWidth.scalarByScalar(text)
      if fast != plain { wrong.append(String(value, radix: 16)) }
    }
    #expect(wrong.isEmpty, "scalars measured differently: U+\(wrong.prefix(20))")
  }

  /// Every zero-width mark takes no column, joins the cluster before it (also a wide one or a
  /// space), and leaves the cluster as wide as its base.
  @Test func zeroWidthMarksAddNothingToTheirCluster() {
    var wrong: [String] = []
    for value in UInt32(0x300)...0x20F0 where DisplayWidth.isZeroWidthMark(value) {
      let mark = Character(Unicode.Scalar(value)!)
      for base in ["a", " ", "日", "α", "─", "\u{231A}", "1", "\u{2764}"] {
        let text = base + String(mark)
        var copy = text
        let fast = copy.withUTF8 { DisplayWidth.scalarByScalar(utf8: $0) }
        if text.count != 1 || fast != DisplayWidth.clusterByCluster(text) {
          wrong.append(String(value, radix: 16) + " on " + base)
        }
      }
    }
    #expect(wrong.isEmpty, "marks measured differently: U+\(wrong.prefix(20))")
  }
}
