import PrimerKit
import Testing

@testable import Rendering

/// `TerminalVisitor.appendCodeLine` makes a line that fits at once; it must give the lines
/// the plain path (`hardWrap`, then the bar in front) gives, for the course's code and for
/// random spans.
@Suite struct CodeLineFastPathTests {
  static let bar = Span(safe: "│ ", .frame, width: 2)
  static let continuation = Span(safe: "┆ ", .frame, width: 2)

  static func bothPaths(_ spans: [Span], width: Int) -> ([StyledLine], [StyledLine]) {
    var fast: [StyledLine] = []
    var plain: [StyledLine] = []
    TerminalVisitor.appendCodeLine(
      spans, bar: bar, continuation: continuation, width: width, to: &fast)
    TerminalVisitor.appendCodeLine(
      spans, bar: bar, continuation: continuation, width: width, to: &plain, usesFastPath: false)
    return (fast, plain)
  }

  @Test func lessonCodeLinesAreFramedAsOnThePlainPath() {
    var failures = 0
    for source in SwiftHighlighterFastPathTests.lessonSources {
      for spans in SwiftHighlighter.highlightedLines(source, language: "swift") {
        for width in [10, 38, 58, 78, 118] {
          let (fast, plain) = Self.bothPaths(spans, width: width)
          if fast != plain { failures += 1 }
        }
      }
    }
    #expect(failures == 0)
  }

  @Test func randomSpansAreFramedAsOnThePlainPath() {
    let texts = ["", " ", "let", "x", "日本", "  ", "// note", "ŷ"]
    let styles: [TextStyle] = [.plain, .frame, .code, .bold]
    var failures: [UInt64] = []
    for seed in UInt64(0)..<2000 {
      var random = SplitMix64(seed: seed)
      let spans = (0..<Int(random.next() % 6)).map { _ in
        Span(
          texts[Int(random.next() % UInt64(texts.count))],
          styles[Int(random.next() % UInt64(styles.count))])
      }
      let (fast, plain) = Self.bothPaths(spans, width: 2 + Int(random.next() % 20))
      if fast != plain { failures.append(seed) }
    }
    #expect(failures.isEmpty, "seeds framed differently: \(failures.prefix(10))")
  }
}
