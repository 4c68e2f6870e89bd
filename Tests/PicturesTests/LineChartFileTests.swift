import Reference
import Testing

@testable import Pictures

@Suite struct LineChartFileTests {
  /// A chart with every kind of value the format must carry: non-ASCII labels, a log axis,
  /// NaN and infinities among the points, and an empty series.
  static let awkward = LineChart(
    series: [
      Series(label: "Adam (η = 10⁻³)", points: [Point(x: 0, y: 1.5), Point(x: 1, y: .nan)]),
      Series(label: "", points: []),
      Series(label: "SGD", points: [Point(x: -0.0, y: .infinity), Point(x: 2, y: -.infinity)]),
    ],
    xAxis: Axis.linear(label: "step", lower: 0, upper: 2, roundedOut: true),
    yAxis: Axis.logarithmic(label: "loss", lower: 0.03, upper: 2.5))

  /// Equality that also holds NaN equal to NaN and tells -0 from +0: the file must give back
  /// the very bits it was given.
  static func bits(_ chart: LineChart) -> [UInt64] {
    var bits: [UInt64] = []
    for axis in [chart.xAxis, chart.yAxis] {
      bits += [axis.lower.bitPattern, axis.upper.bitPattern] + axis.ticks.map(\.value.bitPattern)
    }
    for series in chart.series {
      bits += series.points.flatMap { [$0.x.bitPattern, $0.y.bitPattern] }
    }
    return bits
  }

  @Test func aChartComesBackBitForBit() throws {
    let training = try #require(
      specOf("kind: training\ntitle: T\ntask: xor\noptimizers: sgd, adam\nsteps: 30\ny-scale: log"))
    guard case .training(let spec) = training.content else {
      Issue.record("expected a training spec, got \(training.content)")
      return
    }
    for chart in [Self.awkward, spec.picture()] {
      let decoded = try #require(LineChartFile.decode(LineChartFile.encode(chart)))
      #expect(Self.bits(decoded) == Self.bits(chart))
      #expect(decoded.series.map(\.label) == chart.series.map(\.label))
      #expect(decoded.xAxis.ticks.map(\.label) == chart.xAxis.ticks.map(\.label))
      #expect(decoded.yAxis.scale == chart.yAxis.scale)
      #expect(decoded.yAxis.label == chart.yAxis.label)
    }
  }

  @Test func everyShortenedOrLengthenedFileIsRefused() {
    let bytes = LineChartFile.encode(Self.awkward)
    for length in 0..<bytes.count {
      #expect(LineChartFile.decode(Array(bytes[..<length])) == nil, "cut to \(length) bytes")
    }
    #expect(LineChartFile.decode(bytes + [0]) == nil)
  }

  @Test func anotherVersionIsRefused() {
    var bytes = LineChartFile.encode(Self.awkward)
    bytes[8] = 2
    #expect(LineChartFile.decode(bytes) == nil)
  }

  @Test func corruptedFilesNeverCrashTheReader() {
    let bytes = LineChartFile.encode(Self.awkward)
    var random = SplitMix64(seed: 11)
    for _ in 0..<4_000 {
      var corrupted = bytes
      for _ in 0..<Int(random.next() % 4 + 1) {
        let index = Int(random.next() % UInt64(corrupted.count))
        corrupted[index] = UInt8(truncatingIfNeeded: random.next())
      }
      // Anything that does decode is a valid chart: its axes meet `Axis`'s rules.
      if let chart = LineChartFile.decode(corrupted) {
        for axis in [chart.xAxis, chart.yAxis] {
          #expect(axis.lower < axis.upper && axis.lower.isFinite && axis.upper.isFinite)
        }
      }
    }
  }
}
