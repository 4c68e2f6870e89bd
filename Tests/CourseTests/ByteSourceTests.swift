import Foundation
import PrimerKit
import Testing

@testable import Course

/// The lesson parser reads a lesson as bytes; each byte step must give what its plain twin on
/// strings gives, on the real lessons and on random input.
@Suite struct ByteSourceTests {
  static let pieces: [[UInt8]] = [
    Array("a".utf8), Array("---\n".utf8), Array(" ".utf8), Array("\t".utf8), Array("\n".utf8),
    Array("\r".utf8), Array("\r\n".utf8), Array("é".utf8), Array("→".utf8), Array("𝑥".utf8),
    Array("\u{2003}".utf8), Array("\u{A0}".utf8), Array("\u{85}".utf8), [0x0B], [0x0C],
    [0x00], [0x1F], [0x7F], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE0, 0x80, 0x80],
    [0xE0, 0xA0], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBF],
    [0xF0, 0x8F, 0xBF, 0xBF],
    [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
    [0xF5, 0x80, 0x80, 0x80],
    [0xFF], Array("abcdefghijklmnop".utf8), Array("$x$ ".utf8),
  ]

  static func randomBytes(_ random: inout SplitMix64) -> [UInt8] {
    (0..<Int(random.next() % 12)).flatMap { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
  }

  static var lessons: [[UInt8]] {
    LessonFilesTests.lessonFileNames.compactMap {
      FileManager.default.contents(
        atPath: LessonFilesTests.lessonsFolder.appendingPathComponent($0).path
      ).map { [UInt8]($0) }
    }
  }

  @Test func validationAgreesWithTheStandardLibrary() {
    var random = SplitMix64(seed: 11)
    var inputs = Self.lessons
    for _ in 0..<5_000 { inputs.append(Self.randomBytes(&random)) }
    for bytes in inputs {
      let plain = String(validating: bytes, as: UTF8.self) != nil
      #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == plain, "\(bytes)")
      #expect((UTF8Validation.validate(bytes) == .valid) == plain)
    }
  }

  @Test func bytesLoseTheirCarriageReturnsAsTheStringDoes() {
    var random = SplitMix64(seed: 12)
    var inputs = Self.lessons
    for _ in 0..<3_000 { inputs.append(Self.randomBytes(&random)) }
    for bytes in inputs where String(validating: bytes, as: UTF8.self) != nil {
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(
        LessonParser.replacingCarriageReturns(bytes)
          == Array(text.replacingCarriageReturns().utf8), "\(text.debugDescription)")
      #expect(LessonParser.isBlank(bytes) == text.allSatisfy(\.isWhitespace))
    }
  }

  @Test func parsingBytesOrTheStringGivesOneLesson() {
    for bytes in Self.lessons {
      let text = String(decoding: bytes, as: UTF8.self)
      let fromBytes = LessonParser.parse(fileAt: "a.md", bytes: bytes)
      let fromString = LessonParser.parse(text, path: "a.md")
      #expect(fromBytes.lesson == fromString.lesson)
      #expect(fromBytes.diagnostics == fromString.diagnostics)
    }
  }

  /// `LessonParser.lesson(fileAt:bytes:)` skips the checks that only find problems: its lesson
  /// is the full parse's, on the lessons and on random bytes.
  @Test func theLessonWithoutDiagnosticsIsTheFullParses() {
    var random = SplitMix64(seed: 13)
    var inputs = Self.lessons
    for _ in 0..<2_000 { inputs.append(Self.randomBytes(&random)) }
    for markdown in BlockBuildingTests.pieces {
      inputs.append(Array(("---\nid: a\n---\n" + markdown + "\n```exercise e `x`\n").utf8))
    }
    for bytes in inputs {
      #expect(
        LessonParser.lesson(fileAt: "a.md", bytes: bytes)
          == LessonParser.parse(fileAt: "a.md", bytes: bytes, checkingMath: false).lesson)
    }
  }
}
