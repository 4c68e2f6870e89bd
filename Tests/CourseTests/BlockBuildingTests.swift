import Foundation
import PrimerKit
import Testing

@testable import Course

/// The lesson parser builds its blocks as the walk meets cmark's nodes; the plain twin builds
/// cmark's tree as it is and rebuilds it. The two must give the same blocks and problems, on
/// the real lessons and on random Markdown.
@Suite struct BlockBuildingTests {
  static let pieces = [
    "text", " ", "  ", "\n", "\n\n", " \n", "  \n", "$x$", "$a_i$ and $b$", "$$\nx^2\n$$",
    "$a\n+ b$", "$$a\n\\\\ b$$", "*em*", "**strong**", "`code`", "[link](https://a.b \"t\")",
    "![alt $x$](p.png)", "<b>", "- ", "1. ", "> ", "    ", "# ", "## Title $y$\n",
    "```swift\nlet a = 1\n```\n", "```exercise ex-1\ntitle: T\n```\n", "```math\nx\n```\n",
    "```unknown\nz\n```\n", "```hint\nh\n```\n", "```exercise bad key=\"v\" x=\n```\n",
    "\\$", "$5 and $10", "é", "→", "\u{E000}", "\u{E002}", "_", "---\n", "\t",
  ]

  static func expectSame(_ text: String, _ comment: String) {
    let math = MathExtraction(text)
    let streamed = LessonParser.blocks(of: math.output, formulas: math.formulas)
    let rebuilt = LessonParser.blocksRebuilt(of: math.output, formulas: math.formulas)
    #expect(streamed.blocks == rebuilt.blocks, "\(comment)")
    #expect(streamed.problems.map(\.0) == rebuilt.problems.map(\.0), "\(comment)")
    #expect(streamed.problems.map(\.1) == rebuilt.problems.map(\.1), "\(comment)")
    #expect(streamed.flattened == rebuilt.flattened, "\(comment)")
  }

  @Test(arguments: LessonFilesTests.lessonFileNames)
  func everyLessonIsBuiltAsItIsRebuilt(_ name: String) throws {
    let text = try String(
      contentsOf: LessonFilesTests.lessonsFolder.appendingPathComponent(name), encoding: .utf8)
    Self.expectSame(text, name)
  }

  @Test func randomMarkdownIsBuiltAsItIsRebuilt() {
    var random = SplitMix64(seed: 21)
    for _ in 0..<3_000 {
      let text = (0..<Int(random.next() % 24))
        .map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
      Self.expectSame(text, text.debugDescription)
    }
  }

  @Test func deepNestingIsBuiltAsItIsRebuilt() {
    Self.expectSame(String(repeating: "> ", count: 40) + "$x$ text\n", "quotes")
    Self.expectSame(
      (0..<40).map { String(repeating: "  ", count: $0) + "- $a$ *b*\n" }.joined(), "lists")
  }
}
