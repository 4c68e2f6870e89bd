import PrimerKit
import Testing

@testable import Rendering

/// The hand-written stand-ins for generic standard-library calls (`joined(separator:)`, `==`
/// of characters, `contains` of a byte) give what those calls give, on random text.
@Suite struct GenericFreeTextTests {
  static let pieces = ["", "a", " ", "x²", "⟨", "(", "|", "‖", "e\u{301}", "\u{E010}", "; ", "αβ"]

  static func randomStrings(_ random: inout SplitMix64) -> [String] {
    (0..<Int(random.next() % 6)).map { _ in
      (0..<Int(random.next() % 3)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
        .joined()
    }
  }

  @Test func joinedByAppendingIsJoined() {
    for seed in UInt64(0)..<500 {
      var random = SplitMix64(seed: seed)
      let strings = Self.randomStrings(&random)
      for separator in ["", " ", "; ", "  "] {
        #expect(
          strings.joinedByAppending(separator: separator) == strings.joined(separator: separator))
      }
    }
  }

  @Test func scalarTestsAreCharacterComparisons() {
    let characters = Self.pieces.joined().map { $0 } + ["(\u{301}", "|\u{20D2}", " \u{301}"]
    for character in characters {
      #expect(character.isScalar(" ") == (character == " "), "\(character)")
      #expect(
        character.isScalar(UnicodeMathWriter.hardSpace.unicodeScalars.first!)
          == (character == UnicodeMathWriter.hardSpace), "\(character)")
      #expect(character.isOneScalar(of: "([{⟨|‖") == "([{⟨|‖".contains(character), "\(character)")
    }
  }

  @Test func containsUTF8IsContains() {
    for seed in UInt64(0)..<500 {
      var random = SplitMix64(seed: seed)
      let text = Self.randomStrings(&random).joined(separator: "\r\n")
      for byte: UInt8 in [0x0D, 0x0A, 0x20, 0x1B, 0xCC, 0x00] {
        #expect(text.containsUTF8(byte) == text.utf8.contains(byte), "\(text.debugDescription)")
      }
    }
  }
}
