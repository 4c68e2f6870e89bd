import Base
import Foundation
import PrimerKit
import Testing

@testable import LearnerState

/// The grader's own stand-ins for what full Foundation offered (the module imports only
/// FoundationEssentials; the shared ones are tested in BaseTests) give the same text.
@Suite struct FoundationTwinTests {
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
    var generator = SplitMix64(seed: 29)
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

}
