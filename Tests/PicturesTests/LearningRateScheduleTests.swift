import Testing

@testable import Pictures

@Suite struct LearningRateScheduleTests {
  /// The picture's steps: every `steps/1000`-th step, plus the end of the warm-up and the last
  /// step, each once, in order (the definition, written with a set).
  @Test(arguments: [
    (1, 0), (1, 1), (7, 3), (999, 0), (1000, 10), (1001, 1001), (4321, 17), (20_000, 2_001),
  ])
  func thePictureSamplesTheStridePlusWarmupAndEnd(steps: Int, warmup: Int) {
    let schedule = LearningRateSchedule(
      shape: .warmupCosine, steps: steps, warmup: warmup, peak: 0.01, minimum: 0.001)
    var expected = Set(stride(from: 0, through: steps, by: max(1, steps / 1000)))
    expected.formUnion([warmup, steps])
    let points = schedule.picture().series[0].points
    #expect(points.map(\.x) == expected.sorted().map(Double.init))
    #expect(points.allSatisfy { $0.y == schedule.rate(atStep: Int($0.x)) })
  }
}
