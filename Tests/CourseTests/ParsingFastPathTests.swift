import Foundation
import PrimerKit
import Testing

@testable import Course

/// The lesson parser reads fence info strings and `key: value` bodies byte by byte when they
/// are ASCII; each fast path must give what its plain, character-by-character twin gives, on
/// every block of the real lessons and on random text.
@Suite struct ParsingFastPathTests {
  /// Pieces that make the plain paths take every branch: quotes, `=`, `:`, `#`, white space of
  /// every ASCII kind, CR, letters and punctuation beyond ASCII, white space and combining marks.
  static let pieces = [
    "a", "key", "value", "exercise", "x=1", "=", ":", "#", "\"", " ", "  ", "\t", "\n", "\u{0B}",
    "\u{0C}", "\r", "\r\n", "é", "e\u{301}", "\u{A0}", "\u{2003}", ",", "{", "Σ", "\"a b\"",
    "title: A", "k v: w", "…", "’", "—", "→", "\u{2028}", "\u{205F}", "·", "ⱼ", "²", "\u{AD}",
    "\u{302}", "v\u{302}", "\u{301}\u{302}", "Swift", "EXERCISE", "ÉX", "K=\"V\"",
  ]

  static func randomText(_ random: inout SplitMix64) -> String {
    (0..<Int(random.next() % 14)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
      .joined()
  }

  /// Every fenced block of the course's lessons, as cmark gives it.
  static let lessonBlocks: [CodeBlock] = {
    let folder = LessonFilesTests.lessonsFolder
    return LessonFilesTests.lessonFileNames.flatMap { name -> [CodeBlock] in
      guard
        let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
      else { return [] }
      return CommonMark.parse(String(decoding: data, as: UTF8.self)).blocks.compactMap {
        if case .code(let code) = $0 { return code }
        return nil
      }
    }
  }()

  static func equalFields(_ directive: Directive) -> Bool {
    let fast = directive.fields
    let plain = directive.fieldsByCharacter
    return fast.values == plain.values
      && fast.malformed.map(\.offset) == plain.malformed.map(\.offset)
      && fast.malformed.map(\.line) == plain.malformed.map(\.line)
  }

  static func directive(body: String) -> Directive {
    Directive(
      kind: .plot, argument: nil, attributes: [], body: body, location: .init(line: 1, column: 1))
  }

  @Test func lessonBlocksAreRead() {
    #expect(Self.lessonBlocks.count > 100)
  }

  @Test func infoStringsOfTheLessonsReadAsCharacterByCharacter() {
    for block in Self.lessonBlocks {
      #expect(
        InfoString(block.language) == InfoString(byCharacter: block.language), "\(block.language)")
    }
  }

  @Test func randomInfoStringsReadAsCharacterByCharacter() {
    var failures: [String] = []
    for seed in UInt64(0)..<3000 {
      var random = SplitMix64(seed: seed)
      let info = Self.randomText(&random)
      if InfoString(info) != InfoString(byCharacter: info) {
        failures.append(info.debugDescription)
      }
    }
    #expect(failures.isEmpty, "read differently: \(failures.prefix(10))")
  }

  @Test func bodiesOfTheLessonsGiveTheSameFields() {
    for block in Self.lessonBlocks {
      #expect(Self.equalFields(Self.directive(body: block.code)), "\(block.code.prefix(60))")
    }
  }

  @Test func randomBodiesGiveTheSameFields() {
    var failures: [String] = []
    for seed in UInt64(0)..<3000 {
      var random = SplitMix64(seed: seed)
      let body = Self.randomText(&random)
      if !Self.equalFields(Self.directive(body: body)) { failures.append(body.debugDescription) }
    }
    #expect(failures.isEmpty, "read differently: \(failures.prefix(10))")
  }
}

extension ParsingFastPathTests {
  /// Every scalar `ByteScan.standsAlone` accepts is a character of its own beside anything
  /// and is not white space: what makes byte scans agree with character scans.
  @Test func scalarsThatStandAloneDoSo() {
    var wrong: [String] = []
    for value in UInt32(0x80)...0x2FFF where ByteScan.standsAlone(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let alone =
        "a\(scalar)a".count == 3 && "\(scalar)\(scalar)".count == 2 && " \(scalar)\"".count == 3
      if !alone || scalar.properties.isWhitespace || Character(scalar).isWhitespace {
        wrong.append(String(value, radix: 16, uppercase: true))
      }
    }
    #expect(wrong.isEmpty, "scalars that do not stand alone: U+\(wrong.prefix(20))")
  }
}

extension ParsingFastPathTests {
  /// A word that reads as characters splits at its `=` byte as at its `=` character.
  @Test func wordsSplitAtEqualsAsCharacterByCharacter() {
    var failures: [String] = []
    for seed in UInt64(0)..<3000 {
      var random = SplitMix64(seed: seed)
      let word =
        Self.randomText(&random) + (random.next() % 2 == 0 ? "=" : "")
        + Self.randomText(&random)
      guard word.utf8.withContiguousStorageIfAvailable(ByteScan.readsAsCharacters) ?? false
      else { continue }
      let fast = InfoString.splitAtEqualsByByte(word)
      let plain = InfoString.splitAtEquals(word)
      if fast?.key != plain?.key || fast?.value != plain?.value {
        failures.append(word.debugDescription)
      }
    }
    #expect(failures.isEmpty, "split differently: \(failures.prefix(10))")
  }
}

extension ParsingFastPathTests {
  /// `memchr` finds a byte where the plain `contains` does, in random text.
  @Test func bytesAreFoundAsByContains() {
    for seed in UInt64(0)..<500 {
      var random = SplitMix64(seed: seed)
      let text = Self.randomText(&random) + Self.randomText(&random)
      for byte: UInt8 in [0x0D, 0x0A, 0x20, 0x22, 0x3D, 0xCC, 0x00] {
        #expect(text.containsUTF8(byte) == text.utf8.contains(byte), "\(text.debugDescription)")
      }
    }
  }
}

extension ParsingFastPathTests {
  /// `ByteScan.index(of:in:from:)` finds what `firstIndex(of:)` finds, from every start.
  @Test func byteIndicesAreFoundAsByFirstIndex() {
    for seed in UInt64(0)..<300 {
      var random = SplitMix64(seed: seed)
      var text = Self.randomText(&random) + Self.randomText(&random)
      text.withUTF8 { bytes in
        for start in 0...(bytes.count + 1) {
          for byte: UInt8 in [0x0A, 0x20, 0x3D] {
            let plain = start < bytes.count ? bytes[start...].firstIndex(of: byte) : nil
            #expect(ByteScan.index(of: byte, in: bytes, from: start) == plain ?? bytes.count)
          }
        }
      }
    }
  }
}

extension ParsingFastPathTests {
  /// `ByteScan.isASCII` says what `allSatisfy { $0 < 0x80 }` says, at every length and offset.
  @Test func asciiIsFoundAsByAllSatisfy() {
    for seed in UInt64(0)..<300 {
      var random = SplitMix64(seed: seed)
      var text = Self.randomText(&random) + Self.randomText(&random) + "abcdefghijklmnopq"
      text.withUTF8 { bytes in
        for start in 0..<bytes.count {
          let slice = UnsafeBufferPointer(rebasing: bytes[start...])
          #expect(ByteScan.isASCII(slice) == slice.allSatisfy { $0 < 0x80 })
        }
      }
    }
  }
}

extension ParsingFastPathTests {
  /// `Directive.field(_:)` reads a body only as far as its key: it must give the first value
  /// that reading all of `fields` gives, on every block of the lessons and on random bodies.
  @Test func aFieldIsTheFirstValueOfItsKey() {
    var directives = Self.lessonBlocks.map { Self.directive(body: $0.code) }
    for seed in UInt64(0)..<500 {
      var random = SplitMix64(seed: seed)
      let lines = (0..<Int(random.next() % 6)).map { _ in
        ["title: A", "title: B", "key: v", "x", "# c", "", "kind: line", "title:", " key :w"][
          Int(random.next() % 9)] + Self.randomText(&random)
      }
      directives.append(Self.directive(body: lines.joined(separator: "\n")))
    }
    for directive in directives {
      for key in ["title", "key", "kind", "x", "missing", ""] {
        #expect(
          directive.field(key) == directive.fields.values.first { $0.key == key }?.value,
          "\(directive.body.debugDescription) \(key)")
      }
    }
  }
}
