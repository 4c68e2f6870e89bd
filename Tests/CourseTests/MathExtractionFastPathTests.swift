import Testing

@testable import Course

/// A formula spread over several lines is joined into one; for ASCII this is done on bytes
/// (`joinedASCIILines`), which must give what the plain `joinedLines` gives.
@Suite struct MathExtractionFastPathTests {
  static let pieces = [
    "a", "x^2", "\\frac{1}{2}", " ", "  ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "=",
  ]

  @Test func asciiLinesJoinAsCharactersDo() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var failures: [String] = []
    for _ in 0..<3000 {
      let text = (0..<(next() % 12)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined()
      let bytes = Array(text.utf8)
      // CR LF pairs are replaced before math is extracted.
      guard !zip(bytes, bytes.dropFirst()).contains(where: { $0 == (0x0D, 0x0A) }) else { continue }
      let fast = MathExtraction.joinedASCIILines(bytes[...])
      if fast != MathExtraction.joinedLines(text) { failures.append(text.debugDescription) }
    }
    #expect(failures.isEmpty, "joined differently: \(failures.prefix(10))")
  }

  /// Placeholder numbers are read from bytes as `Int(_:)` reads their string.
  @Test func placeholderNumbersReadAsIntReadsThem() {
    var texts = ["", "0", "7", "42", "+5", "-0", "-12", "+", "-", "1a", " 1", "٣", "00012"]
    texts += [String(Int.max), String(Int.min), String(Int.max) + "0", "9223372036854775808"]
    texts += ["-9223372036854775809", "\u{E001}", "1\u{E000}"]
    var state: UInt64 = 99
    for _ in 0..<2000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 60)
      texts.append(
        String(
          (0..<length).map { index in Array("0123456789+-x")[Int((state >> (index * 4)) % 13)] }))
    }
    for text in texts {
      let bytes = Array(text.utf8)
      #expect(
        bytes.withUnsafeBufferPointer(MathExtraction.decimal) == Int(text),
        "\(text.debugDescription)")
    }
  }
}
