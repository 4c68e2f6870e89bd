import Foundation
import Testing

@testable import Grading

/// The grader's stand-ins for what full Foundation offered (the module imports only
/// FoundationEssentials) give the same text as Foundation.
@Suite struct FoundationTwinTests {
  static let paths = [
    // Not one character and a slash or none ("a", "a/"): `NSString` traps on those.
    "", "/", "//", "///", "ab", "ab/", "/a", "/a/", "/a/b", "/a/b/", "a/b", "a//b", "/a//b//",
    "///a",
    "/tmp/primer/kit-1.tmp-3", "../x", "./y/", "//a//b", "/ab//", "ab//cd", "/α/β.swift",
  ]

  @Test func pathComponentsAreNSStrings() {
    for path in Self.paths {
      #expect(FilePath.lastComponent(path) == (path as NSString).lastPathComponent, "\(path)")
      #expect(
        FilePath.deletingLastComponent(path) == (path as NSString).deletingLastPathComponent,
        "\(path)")
    }
  }

  static let texts = [
    "", " ", "  12345\n", "\t a b \r\n", "\u{A0}x\u{2028}", "\u{3000}日本\u{85}", "x",
    "\n\nline\n", " \u{301}e ", "\u{200B}zero\u{200B}",
  ]

  @Test func trimmingIsFoundations() {
    for text in Self.texts {
      #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
      #expect(
        text.trimmingWhitespace(newlines: false) == text.trimmingCharacters(in: .whitespaces))
    }
  }

  @Test func lastRangeIsABackwardsSearch() {
    for line in [" at at ", "a at b at c", "none", " at ", "x at", "é at ü at ö"] {
      let mine = line.lastRange(of: " at ").map { line[$0.upperBound...] }
      let foundation = line.range(of: " at ", options: .backwards).map { line[$0.upperBound...] }
      #expect(mine == foundation, "\(line)")
    }
  }

  @Test func replacingScalarsIsReplacingOccurrences() {
    for text in [#"a\b"c"#, #"\\""#, "", #"\"#, "plain", #"é\"ü"#] {
      #expect(
        text.replacingScalars("\\", with: "\\\\")
          == text.replacingOccurrences(of: "\\", with: "\\\\"))
      #expect(
        text.replacingScalars(#"\""#, with: "\"")
          == text.replacingOccurrences(of: #"\""#, with: "\""))
    }
  }

  @Test func stampsAreTheFormattersText() {
    let compact = DateFormatter()
    compact.locale = Locale(identifier: "en_US_POSIX")
    compact.timeZone = TimeZone(identifier: "UTC")
    compact.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    let iso = ISO8601DateFormatter()
    var generator = SystemRandomNumberGenerator()
    let seconds: [Double] =
      [
        0, 0.999, 0.999_4, 0.999_5, 0.999_6, 59.5, 86_399.999_9, 951_782_400, 1_795_000_000.75,
        4_102_444_799,
      ]
      + (0..<200).map { _ in Double.random(in: 0..<4_102_444_800, using: &generator) }
    for second in seconds {
      let date = Date(timeIntervalSince1970: second)
      #expect(UTCStamp.string(date, dateSeparator: "") == compact.string(from: date), "\(second)")
      #expect(
        UTCStamp.string(date, dateSeparator: "-")
          == iso.string(from: date).replacingOccurrences(of: ":", with: ""), "\(second)")
    }
  }

  struct Plain: Error {}
  enum Several: Error { case first, second }

  @Test func errorTextIsNSErrors() throws {
    var errors: [any Error] = [
      Plain(), Several.second, POSIXError(.ENOENT), POSIXError(.EACCES),
      CocoaError(.fileWriteUnknown), CocoaError(.fileNoSuchFile),
    ]
    for code in [4, 255, 257, 258, 259, 260, 261, 262, 263, 264, 513, 514, 516, 517, 518, 640, 642]
    {
      errors.append(CocoaError(CocoaError.Code(rawValue: code)))
    }
    for path in ["/etc/passwd/x", "/proc/primer-none/x", "/proc/version"] {
      do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch { errors.append(error) }
    }
    for error in errors {
      #expect(FoundationErrorText.description(error) == error.localizedDescription, "\(error)")
      #expect(
        FoundationErrorText.failureReason(error) == (error as NSError).localizedFailureReason,
        "\(error)")
    }
  }
}

extension FoundationTwinTests {
  @Test func whitespaceIsFoundationsCharacterSets() {
    // Every white-space character is in the Basic Multilingual Plane.
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(
        String.isWhitespace(scalar, newlines: true)
          == CharacterSet.whitespacesAndNewlines.contains(scalar), "\(value)")
      #expect(
        String.isWhitespace(scalar, newlines: false) == CharacterSet.whitespaces.contains(scalar),
        "\(value)")
    }
  }
}
