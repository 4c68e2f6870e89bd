import Testing

@testable import Pictures

@Suite struct AxisTests {
  @Test func linearTicksAreRoundNumbers() {
    let x = Axis.linear(label: "x", lower: -4, upper: 4, roundedOut: false)
    #expect(x.ticks.map(\.label) == ["-4", "-2", "0", "2", "4"])
    let loss = Axis.linear(label: "loss", lower: 0, upper: 0.71, roundedOut: true)
    #expect((loss.lower, loss.upper) == (0, 0.8))
    #expect(loss.ticks.map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8"])
    let steps = Axis.linear(label: "step", lower: 0, upper: 300, roundedOut: false)
    #expect(steps.ticks.map(\.label) == ["0", "100", "200", "300"])
  }

  @Test func smallStepsUseExponents() {
    let rate = Axis.linear(label: "η", lower: 0, upper: 3e-4, roundedOut: true)
    #expect(rate.ticks.map(\.label) == ["0", "1e-4", "2e-4", "3e-4"])
    #expect(Axis.format(1e-3, step: 1e-4) == "1e-3")
    #expect(Axis.format(-0.0, step: 0.5) == "0")
    #expect(Axis.format(-1.5, step: 0.5) == "-1.5")
  }

  /// Issue 13: these ranges hung `read` and `export` with memory growing past 5 GB. Any finite
  /// range now gives a bounded axis, at most ``Axis/maximumTicks`` ticks.
  static let extremeRanges: [(Double, Double)] = [
    (-1e308, 1e308), (1, 1.0000000000000002), (1e300, 1e300 * (1 + 1e-15)), (0, 5e-324),
    (-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude), (1e16, 1e16 + 4),
  ]

  @Test(arguments: extremeRanges)
  func anyFiniteRangeGivesABoundedAxis(_ lower: Double, _ upper: Double) {
    for roundedOut in [false, true] {
      let axis = Axis.linear(label: "y", lower: lower, upper: upper, roundedOut: roundedOut)
      #expect(axis.lower.isFinite && axis.upper.isFinite && axis.lower < axis.upper)
      #expect((1...Axis.maximumTicks).contains(axis.ticks.count))
    }
  }

  @Test func degenerateRangesAreNamedForLint() {
    #expect(Axis.problem(lower: -4, upper: 4) == nil)
    #expect(Axis.problem(lower: 0, upper: 1e-13) == nil)
    #expect(
      Axis.problem(lower: -1e308, upper: 1e308)
        == "its width overflows a double; keep it within about ±1e307")
    #expect(
      Axis.problem(lower: 1, upper: 1.0000000000000002)
        == "it is narrower than a double can resolve at its size; widen it")
  }

  @Test func anEmptyRangeIsWidened() {
    let axis = Axis.linear(label: "y", lower: 2, upper: 2, roundedOut: true)
    #expect(axis.lower < 2 && axis.upper > 2)
  }

  @Test func logarithmicAxesSpanWholeDecades() {
    let axis = Axis.logarithmic(label: "loss", lower: 0.15, upper: 1.1)
    #expect((axis.lower, axis.upper) == (0.1, 2))
    #expect(axis.ticks.map(\.label) == ["0.1", "0.2", "0.5", "1", "2"])
    let narrow = Axis.logarithmic(label: "loss", lower: 0.78, upper: 1.1)
    #expect(narrow.ticks.map(\.label) == ["0.5", "1", "2"])
    #expect(abs(narrow.position(of: 1)! - 0.5) < 1e-12)
    let exact = Axis.logarithmic(label: "loss", lower: 1, upper: 1)
    #expect((exact.lower, exact.upper) == (1, 2))
    #expect(axis.position(of: 0) == nil)
    let wide = Axis.logarithmic(label: "loss", lower: 1e-5, upper: 2)
    #expect(wide.ticks.map(\.label) == ["1e-5", "1e-4", "1e-3", "1e-2", "1e-1", "1", "10"])
    let small = Axis.logarithmic(label: "rate", lower: 2e-4, upper: 3e-3)
    #expect(small.ticks.map(\.label) == ["2e-4", "5e-4", "1e-3", "2e-3", "5e-3"])
    #expect((wide.lower, wide.upper) == (1e-5, 10))
  }

  @Test func positionsOnALinearAxis() {
    let axis = Axis.linear(label: "x", lower: -4, upper: 4, roundedOut: false)
    #expect(axis.position(of: 0) == 0.5)
    #expect(axis.position(of: 8) == 1.5)
    #expect(axis.position(of: .nan) == nil)
  }
}

extension AxisTests {
  /// `Axis.Placement` places every value exactly where `position(of:)` does, on linear and
  /// log axes.
  @Test func placementPlacesAsPosition() {
    let axes = [
      Axis(label: "x", lower: -3, upper: 7.5, scale: .linear, ticks: []),
      Axis(label: "y", lower: 0.001, upper: 2.5, scale: .logarithmic, ticks: []),
      Axis(label: "z", lower: 1e-9, upper: 1e9, scale: .logarithmic, ticks: []),
    ]
    var values: [Double] = [0, -0.0, 1, -1, .nan, .infinity, -.infinity, 1e-300, 1e300]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      values.append(Double(Int64(bitPattern: state) >> 20) / Double(1 << 30))
    }
    for axis in axes {
      let placement = axis.placement
      for value in values {
        let expected = axis.position(of: value)
        let placed = placement.position(of: value)
        #expect(placed?.bitPattern == expected?.bitPattern, "\(axis.label) \(value)")
      }
    }
  }
}
