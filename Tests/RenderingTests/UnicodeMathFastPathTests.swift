import PrimerKit
import Testing

@testable import Rendering

/// `UnicodeMath.finish` works on bytes when it can; it must give what the plain
/// character-by-character `finishByCharacter` gives.
@Suite struct UnicodeMathFastPathTests {
  static let pieces: [String] = [
    " ", "  ", String(UnicodeMathWriter.hardSpace), "x", "ᵢ", "=", "∑", "√", "(", ")", "ℝ", "日",
    "\u{302}", "\u{20D7}", "\u{200D}", "🎉", "\r\n", "\u{E011}", "ab", "−", "·",
  ]

  @Test func randomRowsFinishAsCharacterByCharacter() {
    var failures: [String] = []
    for seed in UInt64(0)..<3000 {
      var random = SplitMix64(seed: seed)
      let text = (0..<Int(random.next() % 14)).map { _ in
        Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }.joined()
      if UnicodeMath.finish(text) != UnicodeMath.finishByCharacter(text) {
        failures.append(text.debugDescription)
      }
    }
    #expect(failures.isEmpty, "rows finished differently: \(failures.prefix(10))")
  }

  /// A mark before a space ends its cluster there (`x̂ = 1` is finished on bytes); a mark
  /// after a space or a prepended letter before one joins it.
  @Test func onlyMarksAfterASpaceAndPrependedLettersBeforeOneJoinIt() {
    #expect(!UnicodeMath.joinsASpace("x\u{302} = 1"))
    #expect(UnicodeMath.joinsASpace("x \u{302}"))
    #expect(UnicodeMath.joinsASpace("\u{600} x"))
  }

  @Test func byteScanFindsTheJoinsTheScalarScanFinds() {
    var failures: [String] = []
    var joins = 0
    for seed in UInt64(0)..<3000 {
      var random = SplitMix64(seed: seed)
      var text = (0..<Int(random.next() % 14)).map { _ in
        Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }.joined()
      let plain = UnicodeMath.joinsASpace(text)
      if plain { joins += 1 }
      if text.withUTF8({ UnicodeMath.joinsASpace(utf8: $0) }) != plain {
        failures.append(text.debugDescription)
      }
    }
    #expect(joins > 100)
    #expect(failures.isEmpty, "rows judged differently: \(failures.prefix(10))")
  }
}

/// `UnicodeMath.renderPlainFormula`, the fast path for names and numbers with one script,
/// gives what the parser and writer give.
@Suite struct PlainFormulaFastPathTests {
  static let pieces = [
    "x", "W", "d", "k", "1", "0", "42", "ab", "b", "q", "_", "^", "{", "}", ".", " ", "\\eta",
    "T", "+", "-", "i", "n", "2", "(", "'",
  ]

  @Test func randomFormulasRenderAsByParsing() {
    var failures: [String] = []
    var fast = 0
    for seed in UInt64(0)..<5000 {
      var random = SplitMix64(seed: seed)
      let tex = (0..<(1 + Int(random.next() % 5))).map { _ in
        Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }.joined()
      guard let rendered = UnicodeMath.renderPlainFormula(tex) else { continue }
      fast += 1
      if rendered != UnicodeMath.renderByParsing(tex: tex) { failures.append(tex) }
    }
    #expect(fast > 500)
    #expect(failures.isEmpty, "rendered differently: \(failures.prefix(10))")
  }

  /// The text between pairs of `$` on one line of every lesson: the inline formulas, and a
  /// few pieces of prose between them.
  static let lessonFormulas: [String] = CourseSnapshotTests.lessons.flatMap { name -> [String] in
    let path = CourseSnapshotTests.lessonsFolder.appendingPathComponent(name).path
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").flatMap { line in
      line.split(separator: "$", omittingEmptySubsequences: false).enumerated()
        .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
  }

  @Test func formulasOfTheLessonsRenderAsByParsing() {
    #expect(Self.lessonFormulas.filter { UnicodeMath.renderPlainFormula($0) != nil }.count > 300)
    var failures: [String] = []
    for tex in Self.lessonFormulas {
      if let rendered = UnicodeMath.renderPlainFormula(tex),
        rendered != UnicodeMath.renderByParsing(tex: tex)
      {
        failures.append(tex)
      }
    }
    #expect(failures.isEmpty, "rendered differently: \(failures.prefix(10))")
  }
}
