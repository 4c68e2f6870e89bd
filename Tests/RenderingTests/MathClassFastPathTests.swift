import Testing

@testable import Rendering

/// `MathClass.ofOperator`, a switch on the symbol's scalar, classes every symbol as the
/// dictionary of the lists does.
@Suite struct MathClassFastPathTests {
  @Test func everyScalarIsClassedAsByTheDictionary() {
    var wrong: [String] = []
    for value in UInt32(0)...0x2_FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let symbol = String(scalar)
      if MathClass.ofOperator(symbol) != MathClass.operators[symbol] ?? .ordinary {
        wrong.append(String(value, radix: 16, uppercase: true))
      }
    }
    #expect(wrong.isEmpty, "classed differently: U+\(wrong.prefix(20))")
  }

  @Test func longerSymbolsAreClassedAsByTheDictionary() {
    for symbol in ["", "=\u{338}", "<\u{338}", "ab", "+=", "\u{2260}\u{301}", "(("] {
      #expect(MathClass.ofOperator(symbol) == MathClass.operators[symbol] ?? .ordinary)
    }
  }
}
