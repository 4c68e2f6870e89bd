import Course
import Foundation
import Testing

@testable import Rendering

/// Snapshots of `Everything.md` rendered for the terminal, compared with the files in
/// `Fixtures/Snapshots/`.
///
/// When the renderer changes on purpose, rewrite the snapshots and review the diff in git:
///
///     PRIMER_UPDATE_SNAPSHOTS=1 swift test --filter SnapshotTests
@Suite struct SnapshotTests {
  static let styles: [TerminalStyle] = [60, 80, 120].flatMap { width in
    [TerminalStyle(width: width, color: false), TerminalStyle(width: width, color: true)]
  }

  static func snapshotName(_ style: TerminalStyle) -> String {
    "everything-\(style.width)-\(style.color ? "color" : "plain").txt"
  }

  @Test(arguments: styles)
  func everythingMatchesSnapshot(style: TerminalStyle) throws {
    let output = TerminalRenderer.render(RenderingFixtures.everything, style: style)
    let name = Self.snapshotName(style)
    if ProcessInfo.processInfo.environment["PRIMER_UPDATE_SNAPSHOTS"] == "1" {
      try output.write(
        to: RenderingFixtures.sourceSnapshotURL(name), atomically: true, encoding: .utf8)
      return
    }
    let expected = RenderingFixtures.snapshot(name)
    #expect(
      output == expected,
      "\(name) differs from the snapshot (set PRIMER_UPDATE_SNAPSHOTS=1 to rewrite it):\n\(Self.diff(expected: expected, actual: output))"
    )
  }

  @Test(arguments: styles)
  func noLineIsWiderThanTheTerminal(style: TerminalStyle) {
    let output = TerminalRenderer.render(RenderingFixtures.everything, style: style)
    let overlong = OutputChecks.overlongLines(output, width: style.width)
    #expect(overlong.isEmpty, "lines wider than \(style.width): \(overlong.map(\.number))")
  }

  @Test(arguments: Array(stride(from: 20, through: 140, by: 7)))
  func everyWidthFromNarrowToWideIsRespected(width: Int) {
    for color in [false, true] {
      let output = TerminalRenderer.render(
        RenderingFixtures.everything, style: TerminalStyle(width: width, color: color))
      #expect(OutputChecks.overlongLines(output, width: width).isEmpty)
    }
  }

  @Test(arguments: styles)
  func noMarkdownSyntaxLeaks(style: TerminalStyle) {
    let output = TerminalRenderer.render(RenderingFixtures.everything, style: style)
    for syntax in OutputChecks.markdownSyntax {
      #expect(!output.contains(syntax), "`\(syntax)` appears in the output")
    }
  }

  @Test func plainOutputHasNoEscapesAndColourOnlyItsOwn() {
    let plain = TerminalRenderer.render(
      RenderingFixtures.everything, style: TerminalStyle(width: 80, color: false))
    #expect(!OutputChecks.containsControlCharacters(plain, allowEscape: false))
    let color = TerminalRenderer.render(
      RenderingFixtures.everything, style: TerminalStyle(width: 80, color: true))
    #expect(!OutputChecks.containsControlCharacters(color, allowEscape: true))
    #expect(OutputChecks.onlyRendererEscapes(color))
    #expect(color.contains("\u{1B}]8;;https://example.com/attention\u{1B}\\"))
  }

  @Test(arguments: [30, 60, 80])
  func everyLineClosesItsStylesAndHyperlinks(width: Int) {
    let output = TerminalRenderer.render(
      RenderingFixtures.everything, style: TerminalStyle(width: width, color: true))
    for line in output.split(separator: "\n") {
      let opened = line.components(separatedBy: "\u{1B}]8;;").count - 1
      let closed = line.components(separatedBy: "\u{1B}]8;;\u{1B}\\").count - 1
      #expect(opened == 2 * closed, "unbalanced hyperlink in \(line.debugDescription)")
      if let lastStyle = line.range(of: "\u{1B}[", options: .backwards) {
        #expect(
          line[lastStyle.lowerBound...].hasPrefix("\u{1B}[0m"),
          "open style at the end of \(line.debugDescription)")
      }
    }
  }

  @Test func controlCharactersInTheLessonAreShownVisibly() {
    let plain = TerminalRenderer.render(
      RenderingFixtures.everything, style: TerminalStyle(width: 80, color: false))
    #expect(plain.contains("bell ␇ here"))
    #expect(plain.contains("escape here ␛[31m not red"))
  }

  @Test func learnersDoNotSeeSolutionsChecksMistakesOrHints() {
    let output = TerminalRenderer.render(
      RenderingFixtures.everything, style: TerminalStyle(width: 80, color: false))
    #expect(!output.contains("SECRET"))
    #expect(output.contains("primer run softmax"))
    #expect(output.contains("2 hints"))
    #expect(output.contains("workspace/softmax.swift"))
    #expect(output.contains("Softmax of three logits"))
  }

  @Test func lessonWithoutHeadingShowsItsTitle() {
    let lesson = LessonParser.parse(
      "---\nid: a\ntitle: Attention\norder: 1\nsummary: s\n---\n\nText.\n", path: "a.md"
    ).lesson
    let output = TerminalRenderer.render(lesson, style: TerminalStyle(width: 40))
    #expect(output == "Attention\n═════════\n\nText.\n")
  }

  @Test func escapeSequencesInLinksAndCodeAreNeutralised() {
    let source =
      "[click](http://x.org/\u{1B}]0;pwned\u{07}) `a\u{1B}[2Jb` <https://e.com/\u{9B}31m>\n\n```\n\u{1B}[2J\n```\n"
    let lesson = LessonParser.parse(source, path: "x.md").lesson
    for color in [false, true] {
      let output = TerminalRenderer.render(lesson, style: TerminalStyle(width: 60, color: color))
      #expect(!OutputChecks.containsControlCharacters(output, allowEscape: color))
      #expect(OutputChecks.onlyRendererEscapes(output))
    }
  }

  /// The lines that differ, with line numbers: `-` expected, `+` actual.
  static func diff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(old.count, new.count) {
      let before = index < old.count ? String(old[index]) : nil
      let after = index < new.count ? String(new[index]) : nil
      guard before != after else { continue }
      if let before { report.append("\(index + 1) - \(before.debugDescription)") }
      if let after { report.append("\(index + 1) + \(after.debugDescription)") }
      if report.count >= 40 {
        report.append("…")
        break
      }
    }
    return report.joined(separator: "\n")
  }
}

extension TerminalStyle: CustomTestStringConvertible {
  public var testDescription: String { "width \(width), \(color ? "colour" : "plain")" }
}
