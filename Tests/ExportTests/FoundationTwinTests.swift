import Foundation
import PrimerKit
import Testing

@testable import Export

/// The export's own stand-ins for what full Foundation offered (the module imports only
/// FoundationEssentials; the shared ones are tested in BaseTests) give the same text.
@Suite struct FoundationTwinTests {
  @Test func printfNumbersAreStringFormat() {
    var generator = SplitMix64(seed: 31)
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
    var generator = SplitMix64(seed: 31)
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

}
