import Course
import Foundation
import PrimerKit
import Testing

@testable import Rendering

/// `SwiftHighlighter.tokens` lexes character codes and cuts each token's text from the
/// source's bytes; its plain twin `tokensByCharacter` works on characters. Both must give the
/// same tokens on every code block of the course and on random source.
@Suite struct SwiftHighlighterFastPathTests {
  static let fragments = [
    "let", " ", "x", "=", "\"s\\(t)\"", "#\"raw\"#", "\"\"\"\nml\n\"\"\"", "// c\n",
    "/* b /* n */ */",
    "0x1F", "1_000.5e-3", "@main", "#if", "`var`", "Type", ".", "\n", "\t", "\r\n", "é", "e\u{301}",
    "σ", "→", "👩‍💻", "日本", "\"", "/", "*", "ᄀ", "각", "\u{600}", "🇫🇷", "\u{200D}", "—",
  ]

  static let lessonSources: [String] = {
    let folder = CourseSnapshotTests.lessonsFolder
    return CourseSnapshotTests.lessons.flatMap { name -> [String] in
      let path = folder.appendingPathComponent(name).path
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
      return LessonParser.parse(text, path: path).lesson.blocks.compactMap {
        switch $0 {
        case .code(let code): code.code
        case .directive(let directive): directive.body
        default: nil
        }
      }
    }
  }()

  @Test func lessonCodeTokenizesAsOnThePlainPath() {
    #expect(Self.lessonSources.count > 100)
    for source in Self.lessonSources {
      #expect(
        SwiftHighlighter.tokens(source)
          == SwiftHighlighter.tokensByCharacter(source))
    }
  }

  @Test func randomSourceTokenizesAsOnThePlainPath() {
    var failures: [String] = []
    for seed in UInt64(0)..<2000 {
      var random = SplitMix64(seed: seed)
      let source = (0..<Int(random.next() % 16)).map { _ in
        Self.fragments[Int(random.next() % UInt64(Self.fragments.count))]
      }.joined()
      if SwiftHighlighter.tokens(source) != SwiftHighlighter.tokensByCharacter(source) {
        failures.append(source.debugDescription)
      }
    }
    #expect(failures.isEmpty, "tokenized differently: \(failures.prefix(10))")
  }
}

extension SwiftHighlighterFastPathTests {
  /// `highlightedLines`, cutting lines from byte ranges, gives the lines of the plain
  /// token-by-token path, for Swift and for other languages.
  @Test func highlightedLinesAreTheLinesOfThePlainPath() {
    var failures: [String] = []
    var sources = Self.lessonSources
    for seed in UInt64(0)..<2000 {
      var random = SplitMix64(seed: seed)
      sources.append(
        (0..<Int(random.next() % 16)).map { _ in
          Self.fragments[Int(random.next() % UInt64(Self.fragments.count))]
        }.joined())
    }
    sources += ["", "\n", "a\n\nb\n", "\u{1B}[2J \u{7F}\n\u{9B}x", "let x = \"\u{7}\"\n"]
    for source in sources {
      for language in ["swift", "text"] {
        if SwiftHighlighter.highlightedLines(source, language: language)
          != SwiftHighlighter.highlightedLinesByToken(source, language: language)
        {
          failures.append(language + ": " + source.debugDescription)
        }
      }
    }
    #expect(failures.isEmpty, "highlighted differently: \(failures.prefix(10))")
  }
}

/// `SwiftHighlighter.isKeyword` finds a word's bytes among the sorted keys of the keywords
/// exactly when the set of keywords holds the word.
@Suite struct KeywordLookupTests {
  @Test func bytesAreKeywordsExactlyWhenTheSetHoldsTheWord() {
    var words = SwiftHighlighter.keywordList
    words += ["", "a", "le", "lets", "Let", "self_", "associatedtypes", "associatedtyp", "ín"]
    words +=
      SwiftHighlighter.keywordList.map { $0 + "s" }
      + SwiftHighlighter.keywordList.map {
        String($0.dropLast())
      }
    var random = SplitMix64(seed: 11)
    let letters = Array("aeilnorstuxyzS_".utf8)
    for _ in 0..<5000 {
      words.append(
        String(
          decoding: (0..<(1 + Int(random.next() % 17))).map { _ in
            letters[Int(random.next() % UInt64(letters.count))]
          }, as: UTF8.self))
    }
    var wrong: [String] = []
    for var word in words {
      let fast = word.withUTF8 { SwiftHighlighter.isKeyword($0) }
      if fast != SwiftHighlighter.keywords.contains(word) { wrong.append(word) }
    }
    #expect(wrong.isEmpty, "words judged differently: \(wrong.prefix(10))")
  }
}
