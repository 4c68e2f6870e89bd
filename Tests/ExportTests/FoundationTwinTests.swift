import Foundation
import Testing

@testable import Export

/// The export's stand-ins for what full Foundation offered (the module imports only
/// FoundationEssentials) give the same text as Foundation.
@Suite struct FoundationTwinTests {
  static let paths = [
    // Not one character and a slash or none ("a", "a/"): `NSString` traps on those.
    "", "/", "//", "///", "ab", "ab/", "/a", "/a/", "/a/b", "/a/b/", "a/b", "a//b", "/a//b//",
    "///a",
    "/tmp/site/.out.primer-staging-12", "../x", "./y/", "//a//b", "/ab//", "ab//cd", "/α/β.html",
  ]

  @Test func pathsAreNSStrings() {
    for path in Self.paths {
      #expect(
        FilePath.deletingLastComponent(path) == (path as NSString).deletingLastPathComponent,
        "\(path)")
      for component in ["", "b", "lessons/01.html", "/c", "d/", "a//b"] {
        #expect(
          FilePath.join(path, component) == (path as NSString).appendingPathComponent(component),
          "\(path) + \(component)")
      }
    }
  }

  @Test func trimmingIsFoundations() {
    for text in ["", " ", " x^2 \n", "\t\\frac{a}{b}\u{A0}", "\u{2028}y\u{85}", "z"] {
      #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }

  @Test func printfNumbersAreStringFormat() {
    var generator = SystemRandomNumberGenerator()
    let values: [Double] =
      [0, -0.0, 1, 0.5, 0.166_666_7, 1e-5, 123_456.789, 1e20, -3.25, .nan, .infinity]
      + (0..<200).map { _ in Double.random(in: -50...50, using: &generator) }
    for value in values {
      #expect(CFormat.string("%.4g", value) == String(format: "%.4g", value), "\(value)")
    }
  }

  @Test func utcFieldsAreTheCalendars() {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    var generator = SystemRandomNumberGenerator()
    let seconds: [Double] =
      [0, 59.999, 59.999_9, 3_599.999_5, 951_782_400, 1_795_000_000.75, 4_102_444_799]
      + (0..<200).map { _ in Double.random(in: 0..<4_102_444_800, using: &generator) }
    for second in seconds {
      let date = Date(timeIntervalSince1970: second)
      let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
      let mine = UTCTime(date)
      #expect(
        [mine.year, mine.month, mine.day, mine.hour, mine.minute]
          == [c.year, c.month, c.day, c.hour, c.minute].map { $0 ?? 0 }, "\(second)")
    }
  }

  struct Plain: Error {}

  @Test func errorTextIsNSErrors() {
    var errors: [any Error] = [Plain(), POSIXError(.ENOSPC), CocoaError(.fileWriteUnknown)]
    for path in ["/etc/passwd/x", "/proc/primer-none/x"] {
      do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch { errors.append(error) }
    }
    for error in errors {
      #expect(FoundationErrorText.description(error) == error.localizedDescription, "\(error)")
    }
  }
}

extension FoundationTwinTests {
  @Test func whitespaceIsFoundationsCharacterSet() {
    // Every white-space character is in the Basic Multilingual Plane.
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(
        String.isWhitespace(scalar) == CharacterSet.whitespacesAndNewlines.contains(scalar),
        "\(value)")
    }
  }
}
