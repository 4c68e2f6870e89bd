import Course
import PrimerKit
import Testing

@testable import Rendering

/// `LineWrapper`'s fast path for printable ASCII (`addBreakableASCII`) must lay out text exactly
/// as the plain path does: same lines, same spans, same widths.
@Suite struct LineWrapperFastPathTests {
  /// Words, runs of spaces and styles that make the plain path take every branch: gaps at line
  /// starts, words that just fit, words wider than the line, pieces that end inside a word.
  static let fragments: [String] = [
    "a", "word", "averyveryverylongwordwithoutanyspace", " ", "  ", "   ", "x,", "(b)", "é", "日本",
    "end.", "tail ", " head", "mid dle", "a b c d e f g", "",
  ]
  static let styles: [TextStyle] = [.plain, .bold, .italic, .code, .dim]

  static func randomPieces(_ random: inout SplitMix64) -> [LineWrapper.Piece] {
    (0..<Int(random.next() % 40)).map { _ -> LineWrapper.Piece in
      let roll = random.next() % 20
      if roll == 0 { return .lineBreak }
      let count = 1 + Int(random.next() % 6)
      let text = (0..<count).map { _ in fragments[Int(random.next() % UInt64(fragments.count))] }
        .joined()
      let style = styles[Int(random.next() % UInt64(styles.count))]
      return roll == 1 ? .unbreakable(Span(text, style)) : .text(Span(text, style))
    }
  }

  @Test func randomPiecesWrapAsOnThePlainPath() {
    var failures: [UInt64] = []
    for seed in UInt64(0)..<3000 {
      var random = SplitMix64(seed: seed)
      let pieces = Self.randomPieces(&random)
      let width = 2 + Int(random.next() % 40)
      let fast = LineWrapper.wrap(pieces, width: width)
      let plain = LineWrapper.wrap(pieces, width: width, usesFastPath: false)
      if fast != plain { failures.append(seed) }
    }
    #expect(failures.isEmpty, "seeds whose layout differs: \(failures.prefix(20))")
  }

  @Test(arguments: [20, 33, 60, 80, 120])
  func everythingWrapsAsOnThePlainPath(width: Int) {
    let visitor = TerminalVisitor(
      lesson: RenderingFixtures.everything, style: TerminalStyle(width: width, color: true))
    for block in RenderingFixtures.everything.blocks {
      guard case .paragraph(let content) = block else { continue }
      let pieces = visitor.visitInlines(content, base: .plain)
      #expect(
        LineWrapper.wrap(pieces, width: width)
          == LineWrapper.wrap(pieces, width: width, usesFastPath: false))
    }
  }
}
