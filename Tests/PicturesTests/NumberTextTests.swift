import Foundation
import Reference
import Testing

@testable import Pictures

/// `NumberText.fixed`, held to Foundation's `String(format: "%.Nf")`.
@Suite struct NumberTextTests {
  @Test(arguments: [
    0, -0.0, 0.25, 0.35, 2.5, -2.5, 1e-7, 123_456.789, -0.000_49, 1e21, 1.7976931348623157e308,
    .nan, .infinity, -.infinity, 0.1 + 0.2,
  ])
  func writesWhatStringFormatWrites(_ value: Double) {
    for decimals in 0...6 {
      #expect(
        NumberText.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value))
    }
  }

  @Test(arguments: [
    0.125, 0.375, -0.125, 0.0005, 0.0015, 0.0025, 2.5, 3.5, -0.0004, 4_503_599_627_370_495.5,
    0x1p51 + 0.5, 0x1p52 - 1, 5e-324, -5e-324, 0.1, 0.7, 1.0005, 999.9995,
  ])
  func tiesAndEdgesAreRoundedAsPrintfRoundsThem(_ value: Double) {
    for decimals in 0...3 {
      #expect(
        NumberText.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value),
        "\(value) \(decimals)")
    }
  }

  @Test func randomNumbersAreWrittenAsStringFormatWritesThem() {
    var random = SplitMix64(seed: 3)
    for _ in 0..<3_000 {
      let value = Double(bitPattern: random.next())
      let decimals = Int(random.next() % 8)
      #expect(
        NumberText.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value))
      let scaled = Double(Int64(bitPattern: random.next()) % 2_000_000) / 1_000
      #expect(
        NumberText.fixed(scaled, decimals: decimals) == String(format: "%.\(decimals)f", scaled))
    }
  }
}
