import Course
import Foundation
import Testing

@testable import Pictures

/// The `plot` blocks in the authors' guide are valid, so authors can copy them.
@Suite struct GuideExamplesTests {
  static let guide = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Docs/lesson-format.md")

  /// Every block that opens with a line starting ```` ```plot ```` and closes with ```` ``` ````.
  static func plotBlocks(in text: String) -> [Directive] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var blocks: [Directive] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      guard line.hasPrefix("```plot"), let close = lines[(index + 1)...].firstIndex(of: "```")
      else {
        index += 1
        continue
      }
      let words = line.dropFirst(3).split(separator: " ")
      blocks.append(
        Directive(
          kind: .plot, argument: words.count > 1 ? String(words[1]) : nil, attributes: [],
          body: lines[(index + 1)..<close].joined(separator: "\n"),
          location: SourceLocation(line: index + 1, column: 1)))
      index = close + 1
    }
    return blocks
  }

  @Test func everyPlotInTheGuideCanBeDrawn() throws {
    let text = try String(contentsOf: Self.guide, encoding: .utf8)
    let blocks = Self.plotBlocks(in: text)
    #expect(blocks.count >= 7)
    var kinds: Set<PictureSpec.Kind> = []
    for block in blocks {
      let problems = Pictures.problems(in: block)
      #expect(problems.isEmpty, "Docs/lesson-format.md:\(block.location.line): \(problems)")
      if case .success(let spec) = PictureSpec.parse(block) { kinds.insert(spec.kind) }
    }
    #expect(kinds == Set(PictureSpec.Kind.allCases), "the guide shows an example of each kind")
  }
}
