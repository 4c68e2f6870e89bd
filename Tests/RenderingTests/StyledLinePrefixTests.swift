import PrimerKit
import Testing

@testable import Rendering

/// `StyledLine.prefixed(by:)` with one span makes the line the array form makes.
@Suite struct StyledLinePrefixTests {
  /// A span of a few texts (empty, spaces, wide letters) and styles.
  static func randomSpan(_ random: inout SplitMix64) -> Span {
    let texts = ["", " ", "word", "│ ", "• ", "日本", "  "]
    let styles: [TextStyle] = [.plain, .dim, .bold, .frame]
    return Span(
      texts[Int(random.next() % UInt64(texts.count))],
      styles[Int(random.next() % UInt64(styles.count))])
  }

  @Test func oneSpanPrefixesAsAnArrayOfIt() {
    var failures: [Int] = []
    for seed in UInt64(0)..<500 {
      var random = SplitMix64(seed: seed)
      func span() -> Span { Self.randomSpan(&random) }
      let line = StyledLine((0..<Int(random.next() % 5)).map { _ in span() })
      let prefix = span()
      if line.prefixed(by: prefix) != line.prefixed(by: [prefix]) { failures.append(Int(seed)) }
    }
    #expect(failures.isEmpty, "seeds prefixed differently: \(failures.prefix(10))")
  }

  /// `prefix(with:)` leaves the line `prefixed(by:)` makes, span for span (empty spans
  /// dropped as there), not only one that shows the same.
  @Test func prefixingInPlaceMakesThePrefixedLine() {
    var failures: [Int] = []
    for seed in UInt64(0)..<500 {
      var random = SplitMix64(seed: seed)
      func span() -> Span { Self.randomSpan(&random) }
      var line = StyledLine((0..<Int(random.next() % 5)).map { _ in span() })
      let prefix = span()
      let expected = line.prefixed(by: prefix)
      line.prefix(with: prefix)
      if line.spans != expected.spans || line.width != expected.width {
        failures.append(Int(seed))
      }
    }
    #expect(failures.isEmpty, "seeds prefixed differently: \(failures.prefix(10))")
  }

  /// `StyledLine(spans, after: prefix)`, in the spans' own array or not, makes the line
  /// `prefixed(by:)` makes, span for span.
  @Test func spansAfterAPrefixMakeThePrefixedLine() {
    let texts = ["", " ", "word", "│ ", "日本"]
    let styles: [TextStyle] = [.plain, .dim, .frame]
    var failures: [Int] = []
    for seed in UInt64(0)..<500 {
      var random = SplitMix64(seed: seed)
      func span() -> Span {
        Span(
          texts[Int(random.next() % UInt64(texts.count))],
          styles[Int(random.next() % UInt64(styles.count))])
      }
      let spans = (0..<Int(random.next() % 5)).map { _ in span() }
      let prefix = span()
      let expected = StyledLine(spans).prefixed(by: prefix)
      let line = StyledLine(spans, after: prefix)
      if line.spans != expected.spans || line.width != expected.width {
        failures.append(Int(seed))
      }
    }
    #expect(failures.isEmpty, "seeds prefixed differently: \(failures.prefix(10))")
  }
}
