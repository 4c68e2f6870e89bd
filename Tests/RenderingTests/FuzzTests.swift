import Course
import PrimerKit
import Testing

@testable import Rendering

/// Thousands of seeded random and mutated lessons through `LessonParser.parse` and
/// `TerminalRenderer.render`: none may crash, make a line wider than the terminal, or let a
/// control character or a foreign escape sequence through.
///
/// Every case is reproducible from its seed; a failure names the seeds that failed. The suite
/// takes a few seconds in a debug build on one core.
@Suite struct FuzzTests {
  /// Pieces of Markdown, TeX and troublesome text that mutations insert.
  static let fragments: [String] = [
    "**", "*", "_", "`", "``", "```", "```swift\n", "```exercise x\n", "```hint\n", "```plot\n",
    "~~~", "$", "$$", "\\$", "$x^2$", "$\\frac{a}{", "\\left(", "\\begin{bmatrix}", "&", "\\\\",
    "> ", "- ", "* ", "1. ", "10) ", "  ", "    ", "\n", "\n\n", "\t", "#", "## ", "---\n",
    "[", "]", "(", ")", "[a](http://x.y/\u{1B}]0;t\u{7})", "![alt](i.png)", "<", ">", "<div>",
    "</div>", "<!--", "&amp;", "\\", "{", "}", "^", "|", "\u{1B}[31m", "\u{1B}]8;;x\u{1B}\\",
    "\u{0}", "\u{7}", "\u{8}", "\r", "\r\n", "\u{7F}", "\u{9B}", "\u{202E}", "\u{200D}", "日本語",
    "🎉", "👩‍💻", "e\u{301}", "\u{E000}", "\u{E001}", "\u{E002}", "ｆｕｌｌ", "x\u{20D7}",
    "title: t\n", "word ", "averyveryverylongwordwithoutanyspaceatallthatneverends",
  ]

  struct Failure: CustomStringConvertible {
    var seed: UInt64
    var width: Int
    var color: Bool
    var problem: String
    var description: String { "seed \(seed), width \(width), color \(color): \(problem)" }
  }

  /// Renders `source` and returns what is wrong with the output, if anything.
  static func check(_ source: String, width: Int, color: Bool) -> String? {
    let lesson = LessonParser.parse(source, path: "fuzz.md").lesson
    let output = TerminalRenderer.render(lesson, style: TerminalStyle(width: width, color: color))
    if let line = OutputChecks.overlongLines(output, width: width).first {
      return "line \(line.number) is wider than \(width): \(line.line.debugDescription)"
    }
    if OutputChecks.containsControlCharacters(output, allowEscape: color) {
      return "a control character reached the output"
    }
    if color && !OutputChecks.onlyRendererEscapes(output) {
      return "an escape sequence the renderer did not write"
    }
    return nil
  }

  static func run(cases: Range<UInt64>, make: (inout SplitMix64) -> String) -> [Failure] {
    var failures: [Failure] = []
    for seed in cases {
      var random = SplitMix64(seed: seed)
      let source = make(&random)
      let width = 20 + Int(random.next() % 130)
      let color = random.next() % 2 == 0
      if let problem = check(source, width: width, color: color) {
        failures.append(Failure(seed: seed, width: width, color: color, problem: problem))
      }
    }
    return failures
  }

  static func fragment(_ random: inout SplitMix64) -> String {
    fragments[Int(random.next() % UInt64(fragments.count))]
  }

  /// `Everything.md` with a few random edits: deletions, duplications, insertions, swaps.
  static func mutated(_ random: inout SplitMix64) -> String {
    var lines = RenderingFixtures.text("Everything.md").split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map(String.init)
    for _ in 0..<(1 + Int(random.next() % 6)) {
      guard !lines.isEmpty else { break }
      let index = Int(random.next() % UInt64(lines.count))
      switch random.next() % 5 {
      case 0: lines.remove(at: index)
      case 1: lines.insert(lines[index], at: index)
      case 2:
        var characters = Array(lines[index])
        let position = characters.isEmpty ? 0 : Int(random.next() % UInt64(characters.count + 1))
        characters.insert(contentsOf: fragment(&random), at: position)
        lines[index] = String(characters)
      case 3:
        let other = Int(random.next() % UInt64(lines.count))
        lines.swapAt(index, other)
      default:
        lines[index] = String(lines[index].shuffled(using: &random).prefix(80))
      }
    }
    // Work on a window so each case stays small and the suite fast.
    let start = Int(random.next() % UInt64(max(1, lines.count - 40)))
    return lines[start..<min(lines.count, start + 40)].joined(separator: "\n")
  }

  /// Random fragments and random scalars joined together.
  static func soup(_ random: inout SplitMix64) -> String {
    var text = ""
    for _ in 0..<(Int(random.next() % 60)) {
      if random.next() % 4 == 0 {
        let scalar = Unicode.Scalar(UInt32(random.next() % 0x3_0000)) ?? "?"
        text.unicodeScalars.append(scalar)
      } else {
        text += fragment(&random)
      }
    }
    return text
  }

  @Test func mutatedLessonsRenderWithinTheRules() {
    let failures = Self.run(cases: 0..<4000, make: Self.mutated)
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(3))")
  }

  @Test func randomSoupRendersWithinTheRules() {
    let failures = Self.run(cases: 10_000..<14_000, make: Self.soup)
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(3))")
  }

  @Test func randomBytesParseAndRender() {
    var failures: [Failure] = []
    for seed in UInt64(20_000)..<20_300 {
      var random = SplitMix64(seed: seed)
      let bytes = (0..<Int(random.next() % 300)).map { _ in UInt8(truncatingIfNeeded: random.next())
      }
      let lesson = LessonParser.parse(fileAt: "bytes.md", bytes: bytes).lesson
      _ = TerminalRenderer.render(lesson, style: TerminalStyle(width: 40, color: true))
      let text = String(decoding: bytes, as: UTF8.self)
      if let problem = Self.check(text, width: 40, color: seed % 2 == 0) {
        failures.append(Failure(seed: seed, width: 40, color: seed % 2 == 0, problem: problem))
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(3))")
  }

  static let extremes: [(name: String, source: String)] = [
    ("deep quotes", String(repeating: "> ", count: 200) + "deep"),
    (
      "deep lists",
      (0..<60).map { String(repeating: "  ", count: $0) + "- item \($0)" }.joined(separator: "\n")
    ),
    (
      "deep ordered lists",
      (0..<60).map { String(repeating: "   ", count: $0) + "1. item" }.joined(separator: "\n")
    ),
    ("deep emphasis", String(repeating: "*a ", count: 500) + String(repeating: " b*", count: 500)),
    (
      "deep links",
      String(repeating: "[", count: 1000) + "x" + String(repeating: "](u)", count: 1000)
    ),
    (
      "deep braces in math",
      "$" + String(repeating: "{", count: 2000) + "x" + String(repeating: "}", count: 2000) + "$"
    ),
    ("unclosed fence", "```swift\nlet x = 1\n" + String(repeating: "more code\n", count: 100)),
    ("unclosed math", "$$\\frac{a}{b\n\ntext $x and $ y"),
    ("stray dollars", String(repeating: "$ $$ $x$ \\$ ", count: 200)),
    ("huge line", String(repeating: "x", count: 20_000)),
    ("huge wide line", String(repeating: "日", count: 5_000)),
    ("huge spaced line", String(repeating: "word ", count: 5_000)),
    ("huge formula", "$" + String(repeating: "x_i + ", count: 2_000) + "y$"),
    ("huge code line", "```\n" + String(repeating: "🎉", count: 3_000) + "\n```"),
    (
      "control characters",
      (0..<32).map { String(UnicodeScalar(UInt8($0))) }.joined(separator: " text ")
    ),
    ("many blank lines", String(repeating: "\n", count: 5_000) + "end"),
    ("only front matter", "---\nid: x\ntitle: \u{1B}[2J\norder: 1\nsummary: s\n---\n"),
    (
      "long exercise title",
      "```exercise x\ntitle: " + String(repeating: "long ", count: 100) + "\n```\n```hint\nh\n```"
    ),
    ("long plot title", "```plot\ntitle: " + String(repeating: "日本", count: 100) + "\n```"),
    ("long code language", "```" + String(repeating: "swift", count: 100) + "\nx\n```"),
  ]

  @Test(arguments: extremes)
  func extremeLessonsRenderWithinTheRules(name: String, source: String) {
    for width in [20, 33, 80] {
      for color in [false, true] {
        let problem = Self.check(source, width: width, color: color)
        #expect(problem == nil, "\(name) at width \(width): \(problem ?? "")")
      }
    }
  }
}
