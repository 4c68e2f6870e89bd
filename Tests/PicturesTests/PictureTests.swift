import Foundation
import Reference
import Testing

@testable import Pictures

/// The numbers behind each kind of picture, checked against the reference library, against
/// centred finite differences, and against what the picture is meant to show.
@Suite struct PictureTests {
  static func lineChart(_ body: String) throws -> LineChart {
    let picture = Picture.make(from: try #require(specOf(body)))
    guard case .lineChart(let chart) = picture else {
      Issue.record("expected a line chart, got \(picture)")
      throw CancellationError()
    }
    return chart
  }

  // MARK: Functions

  @Test func reluSeriesIsMaxOfZeroAndX() throws {
    let chart = try Self.lineChart("kind: functions\ntitle: T\nfunctions: relu\nrange: -3 2")
    let points = try #require(chart.series.first).points
    #expect(points.count == PictureSpec.Functions.samples)
    #expect(points.first?.x == -3)
    #expect(points.last?.x == 2)
    for point in points { #expect(point.y == max(0, point.x)) }
    #expect(chart.series.map(\.label) == ["relu"])
  }

  @Test(arguments: FunctionCurve.Function.allCases)
  func curvesAreTheReferenceFunctions(function: FunctionCurve.Function) {
    let curve = FunctionCurve(function)
    for x in stride(from: -4.0, through: 4.0, by: 0.37) {
      let expected: Double =
        switch function {
        case .relu: x > 0 ? x : 0
        case .sigmoid: 1 / (1 + exp(-x))
        case .tanh: Foundation.tanh(x)
        case .gelu: 0.5 * x * (1 + erf(x / 2.squareRoot()))
        case .geluTanh:
          0.5 * x * (1 + Foundation.tanh((2 / Double.pi).squareRoot() * (x + 0.044715 * x * x * x)))
        case .geluDifference:
          0.5 * x * (1 + erf(x / 2.squareRoot()))
            - 0.5 * x
            * (1 + Foundation.tanh((2 / Double.pi).squareRoot() * (x + 0.044715 * x * x * x)))
        case .silu: x / (1 + exp(-x))
        }
      #expect(abs(curve(x) - expected) < 1e-12, "\(function.rawValue)(\(x))")
    }
  }

  /// Each derivative curve matches `(f(x + h) − f(x − h)) / 2h` away from ReLU's corner.
  @Test(arguments: FunctionCurve.Function.allCases)
  func derivativeCurvesMatchCentredDifferences(function: FunctionCurve.Function) {
    let f = FunctionCurve(function)
    let derivative = FunctionCurve(function, derivative: true)
    let h = 1e-5
    for x in stride(from: -3.95, through: 4.0, by: 0.5) {
      let estimate = (f(x + h) - f(x - h)) / (2 * h)
      #expect(abs(derivative(x) - estimate) < 1e-7, "\(derivative.name) at \(x)")
    }
  }

  @Test func namesReadBackAndUnknownNamesAreRejected() {
    for function in FunctionCurve.Function.allCases {
      for flag in [false, true] {
        let curve = FunctionCurve(function, derivative: flag)
        #expect(FunctionCurve(name: curve.name) == curve)
      }
    }
    #expect(FunctionCurve(name: "swish") == nil)
    #expect(FunctionCurve(name: "relu''") == nil)
  }

  @Test func theYRangeIsTheSpecsOrTheCurvesRoundedOut() throws {
    let own = try Self.lineChart("kind: functions\ntitle: T\nfunctions: sigmoid\ny-range: -1 2")
    #expect((own.yAxis.lower, own.yAxis.upper) == (-1, 2))
    let fitted = try Self.lineChart("kind: functions\ntitle: T\nfunctions: tanh")
    #expect(fitted.yAxis.lower <= -0.999 && fitted.yAxis.upper >= 0.999)
    #expect(fitted.yAxis.ticks.map(\.label).contains("0"))
  }

  // MARK: Softmax

  @Test func softmaxBarsSumToOneAndEqualTheReference() throws {
    let spec = try #require(
      specOf("kind: softmax\ntitle: T\nlogits: 2.0, 1.0, 0.1, -1\ntemperatures: 1, 0.5, 2"))
    guard case .barChart(let chart) = Picture.make(from: spec) else {
      Issue.record("expected a bar chart")
      return
    }
    #expect(chart.groups.map(\.label) == ["T = 1", "T = 0.5", "T = 2"])
    for (group, temperature) in zip(chart.groups, [1.0, 0.5, 2]) {
      let values = group.bars.map(\.value)
      #expect(abs(values.reduce(0, +) - 1) < 1e-12)
      let expected = Reference.softmax(Matrix(row: [2.0, 1.0, 0.1, -1].map { $0 / temperature }))
      #expect(values == expected.row(0))
      #expect(group.bars.map(\.label) == ["x₁", "x₂", "x₃", "x₄"])
    }
    // A lower temperature sharpens the distribution towards the largest logit.
    let largest = chart.groups.map { $0.bars[0].value }
    #expect(largest[1] > largest[0] && largest[0] > largest[2])
    #expect((chart.valueAxis.lower, chart.valueAxis.upper) == (0, 1))
  }

  @Test func temperaturesAreLabelledAsWritten() throws {
    let spec = try #require(
      specOf("kind: softmax\ntitle: T\nlogits: 1, 0\ntemperatures: 0.125, 10, 1e-2"))
    guard case .barChart(let chart) = Picture.make(from: spec) else {
      Issue.record("expected a bar chart")
      return
    }
    #expect(chart.groups.map(\.label) == ["T = 0.125", "T = 10", "T = 0.01"])
  }

  // MARK: Training

  static func losses(_ body: String) throws -> [String: [Double]] {
    let chart = try lineChart(body)
    return Dictionary(uniqueKeysWithValues: chart.series.map { ($0.label, $0.points.map(\.y)) })
  }

  @Test func xorLossWithAdamDecreases() throws {
    let curves = try Self.losses(
      "kind: training\ntitle: T\ntask: xor\noptimizers: adam\nsteps: 300\nhidden: 8")
    let losses = try #require(curves["adam, η = 0.01"])
    #expect(losses.count == 301)
    // Two balanced classes and small initial logits: the first loss is near ln 2.
    #expect(abs(losses[0] - log(2)) < 0.2)
    #expect(losses[300] < 0.05)
    // Decreasing overall: every 50-step window ends lower than it started.
    for start in stride(from: 0, to: 300, by: 50) { #expect(losses[start + 50] < losses[start]) }
  }

  @Test(arguments: ["xor", "spiral"])
  func everyOptimizerLowersTheLoss(task: String) throws {
    let curves = try Self.losses(
      "kind: training\ntitle: T\ntask: \(task)\noptimizers: sgd, momentum, rmsprop, adam\nsteps: 200"
    )
    #expect(curves.count == 4)
    for (label, losses) in curves {
      let finite = losses.allSatisfy { $0.isFinite }
      #expect(finite, "\(label)")
      let last = try #require(losses.last)
      #expect(last < losses[0] * 0.8, "\(label): \(losses[0]) → \(last)")
    }
  }

  @Test func everyOptimizerStartsFromTheSameLossAndTheFirstIsTheReferences() throws {
    let run = TrainingRun(task: .xor, hidden: 4, seed: 9)
    let reference = mlpGradients(
      x: run.x, w1: run.initial[0], b1: run.initial[1].storage, w2: run.initial[2],
      b2: run.initial[3].storage, targets: [0, 1, 1, 0])
    for optimizer in OptimizerKind.allCases {
      let losses = run.losses(optimizer: optimizer, learningRate: 0.05, steps: 3)
      #expect(losses.count == 4)
      #expect(losses[0] == reference.loss)
    }
  }

  @Test func oneSgdStepIsTheReferenceStep() {
    let run = TrainingRun(task: .spiral, hidden: 5, seed: 2)
    let (_, gradients) = run.lossAndGradients(run.initial)
    let stepped = zip(run.initial, gradients).map {
      sgdStep(weight: $0, gradient: $1, learningRate: 0.3)
    }
    let losses = run.losses(optimizer: .sgd, learningRate: 0.3, steps: 1)
    #expect(losses[1] == run.lossAndGradients(stepped).loss)
  }

  @Test func logScaleAxisCoversTheLosses() throws {
    let chart = try Self.lineChart("kind: training\ntitle: T\ntask: xor\ny-scale: log\nsteps: 100")
    #expect(chart.yAxis.scale == .logarithmic)
    for point in chart.series.flatMap(\.points) {
      #expect(point.y >= chart.yAxis.lower && point.y <= chart.yAxis.upper)
    }
  }

  @Test func spiralDataHasThreeArmsOfThirty() {
    var generator = Xoshiro256StarStar(seed: 1)
    let data = TrainingTask.spiral.dataset(using: &generator)
    #expect(data.x.shape == [90, 2])
    #expect(data.classes == 3)
    #expect((0..<3).map { arm in data.targets.filter { $0 == arm }.count } == [30, 30, 30])
  }

  // MARK: Attention and positions

  static func heatMap(_ body: String) throws -> HeatMap {
    let picture = Picture.make(from: try #require(specOf(body)))
    guard case .heatMap(let map) = picture else {
      Issue.record("expected a heat map, got \(picture)")
      throw CancellationError()
    }
    return map
  }

  @Test func positionalEncodingHeatMapIsTheReference() throws {
    let map = try Self.heatMap("kind: positional-encoding\ntitle: T\nlength: 12\nd-model: 10")
    #expect(map.values == positionalEncoding(length: 12, dModel: 10).rowArrays)
    #expect(map.rowLabels == (0..<12).map(String.init))
    #expect(map.columnLabels == (0..<10).map(String.init))
    #expect(map.scale == ColorScale(kind: .diverging, lower: -1, upper: 1))
  }

  @Test(arguments: [false, true])
  func attentionWeightsAreTheReferencesOnEmbeddingsPlusPositions(causal: Bool) throws {
    let body = "kind: attention\ntitle: T\ntokens: the cat sat on the mat\ncausal: \(causal)"
    let map = try Self.heatMap(body)
    let attention = try #require(specOf(body)).content
    guard case .attention(let settings) = attention else {
      Issue.record("expected an attention spec, got \(attention)")
      return
    }
    let x = settings.inputs()
    #expect(x.shape == [6, 16])
    #expect(map.values == Reference.attention(q: x, k: x, v: x, causal: causal).weights.rowArrays)
    #expect(map.rowLabels == ["the", "cat", "sat", "on", "the", "mat"])
    for (i, row) in map.values.enumerated() {
      #expect(abs(row.reduce(0, +) - 1) < 1e-12)
      if causal { #expect(row[(i + 1)...].allSatisfy { $0 == 0 }) }
    }
    // The same word has the same embedding: rows 0 and 4 differ only by their positions.
    let positions = positionalEncoding(length: 6, dModel: 16)
    let embedding0 = zip(x.row(0), positions.row(0)).map { $0 - $1 }
    let embedding4 = zip(x.row(4), positions.row(4)).map { $0 - $1 }
    for (a, b) in zip(embedding0, embedding4) { #expect(abs(a - b) < 1e-12) }
  }

  // MARK: Learning rate

  @Test(arguments: LearningRateSchedule.Shape.allCases)
  func scheduleWarmsUpThenDecaysToTheMinimum(shape: LearningRateSchedule.Shape) {
    let schedule = LearningRateSchedule(
      shape: shape, steps: 1000, warmup: 100, peak: 3e-4, minimum: 3e-5)
    #expect(schedule.rate(atStep: 0) == 0)
    #expect(abs(schedule.rate(atStep: 50) - 1.5e-4) < 1e-18)
    #expect(schedule.rate(atStep: 100) == 3e-4)
    #expect(abs(schedule.rate(atStep: 550) - 1.65e-4) < 1e-15)
    #expect(abs(schedule.rate(atStep: 1000) - 3e-5) < 1e-18)
    let rates = (0...1000).map(schedule.rate(atStep:))
    #expect(zip(rates[..<100], rates[1...100]).allSatisfy { $0 < $1 })
    #expect(zip(rates[100..<1000], rates[101...]).allSatisfy { $0 >= $1 })
  }

  @Test func scheduleWithoutDecayOrWarmup() {
    let flat = LearningRateSchedule(
      shape: .warmupCosine, steps: 10, warmup: 10, peak: 1, minimum: 0)
    #expect(flat.rate(atStep: 10) == 1)
    let noWarmup = LearningRateSchedule(
      shape: .warmupLinear, steps: 10, warmup: 0, peak: 1, minimum: 0)
    #expect(noWarmup.rate(atStep: 0) == 1)
    #expect(noWarmup.rate(atStep: 5) == 0.5)
  }

  @Test func schedulePictureIncludesTheEndOfWarmupAndTheLastStep() throws {
    let chart = try Self.lineChart(
      "kind: learning-rate\ntitle: T\nschedule: warmup-cosine\nsteps: 100000\nwarmup: 777\npeak: 1")
    let xs = try #require(chart.series.first).points.map(\.x)
    #expect(xs.contains(777) && xs.last == 100000 && xs.count <= 1002)
  }

  // MARK: Determinism

  @Test func theSameSpecGivesTheSamePicture() throws {
    for body in [
      "kind: training\ntitle: T\ntask: spiral\nsteps: 20\noptimizers: rmsprop, momentum",
      "kind: attention\ntitle: T\ntokens: a b a c\nseed: 3",
    ] {
      let spec = try #require(specOf(body))
      #expect(Picture.computed(from: spec) == Picture.computed(from: spec))
      #expect(Picture.make(from: spec) == Picture.computed(from: spec))
    }
    let other = try Self.heatMap("kind: attention\ntitle: T\ntokens: a b a c\nseed: 4")
    let same = try Self.heatMap("kind: attention\ntitle: T\ntokens: a b a c\nseed: 3")
    #expect(same != other)
  }
}
