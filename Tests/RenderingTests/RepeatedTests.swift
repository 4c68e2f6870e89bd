import Testing

@testable import Rendering

/// `String(repeated:count:)` must build what `String(repeating:count:)` builds.
@Suite struct RepeatedTests {
  @Test(arguments: [" ", "─", "═", "█", "ab", "e\u{301}", "👩‍💻", ""])
  func repeatedMatchesTheStandardLibrary(piece: String) {
    for count in 0..<40 {
      #expect(String(repeated: piece, count: count) == String(repeating: piece, count: count))
      for character in piece {
        #expect(
          String(repeated: character, count: count) == String(repeating: character, count: count))
      }
    }
  }
}
