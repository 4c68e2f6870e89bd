import Base
import Reference

/// A small classification problem for a training curve.
public enum TrainingTask: String, CaseIterable, Hashable, Sendable {
  /// The four corners of the square `[−1, 1]²`, class 1 where exactly one coordinate is
  /// positive: the classic problem no linear model solves.
  case xor
  /// Three interleaved spiral arms of 30 points each, with a little seeded noise.
  case spiral

  /// The inputs `[n, 2]`, the class of each row, and the number of classes.
  ///
  /// Spiral arm `c` has the points `rᵢ·(sin tᵢ, cos tᵢ)` with `rᵢ = i/30` and
  /// `tᵢ = 4c + 4rᵢ + 0.2·zᵢ`, `zᵢ` standard normal from `generator`.
  func dataset<G: RandomNumberGenerator>(using generator: inout G) -> (
    x: Matrix, targets: [Int], classes: Int
  ) {
    switch self {
    case .xor:
      let x = Matrix([[-1, -1], [-1, 1], [1, -1], [1, 1]])
      return (x, [0, 1, 1, 0], 2)
    case .spiral:
      let perArm = 30
      var rows: [[Double]] = []
      var targets: [Int] = []
      for arm in 0..<3 {
        for i in 0..<perArm {
          let r = Double(i) / Double(perArm)
          let t = 4 * Double(arm) + 4 * r + 0.2 * generator.nextNormal()
          rows.append([r * sin(t), r * cos(t)])
          targets.append(arm)
        }
      }
      return (Matrix(rows), targets, 3)
    }
  }
}

/// An optimizer of the reference library, as a training plot names it.
public enum OptimizerKind: String, CaseIterable, Hashable, Sendable {
  /// Plain gradient descent, `sgdStep`.
  case sgd
  /// SGD with momentum 0.9, `momentumStep`.
  case momentum
  /// RMSprop with ρ = 0.99, ε = 1e-8, `rmspropStep`.
  case rmsprop
  /// Adam with β₁ = 0.9, β₂ = 0.999, ε = 1e-8, `adamStep`.
  case adam

  /// The step size used when a plot gives no `learning-rate:`: one that trains both tasks
  /// in a few hundred full-batch steps without diverging.
  public var defaultLearningRate: Double {
    switch self {
    case .sgd: 0.5
    case .momentum: 0.1
    case .rmsprop: 0.01
    case .adam: 0.01
    }
  }
}

/// Full-batch training of `relu(x·w1 + b1)·w2 + b2` under cross-entropy, with the reference
/// library's `mlpGradients` and optimizer steps.
struct TrainingRun {
  var x: Matrix
  var targets: [Int]
  /// `[w1, b1, w2, b2]`, the biases as one-row matrices; the same start for every optimizer.
  var initial: [Matrix]

  /// The task's data and a network with `hidden` units, both drawn from one generator
  /// seeded with `seed` (data first, then the layers as `Linear.init(inputs:outputs:using:)`).
  init(task: TrainingTask, hidden: Int, seed: UInt64) {
    var generator = Xoshiro256StarStar(seed: seed)
    let data = task.dataset(using: &generator)
    let first = Linear(inputs: data.x.columns, outputs: hidden, using: &generator)
    let second = Linear(inputs: hidden, outputs: data.classes, using: &generator)
    x = data.x
    targets = data.targets
    initial = [first.weight, Matrix(row: first.bias), second.weight, Matrix(row: second.bias)]
  }

  /// The loss and the gradients, in the order of the parameters.
  func lossAndGradients(_ parameters: [Matrix]) -> (loss: Double, gradients: [Matrix]) {
    let result = mlpGradients(
      x: x, w1: parameters[0], b1: parameters[1].storage, w2: parameters[2],
      b2: parameters[3].storage, targets: targets)
    return (
      result.loss,
      [result.gradW1, Matrix(row: result.gradB1), result.gradW2, Matrix(row: result.gradB2)]
    )
  }

  /// The loss before each of `steps` steps and after the last: `steps + 1` values.
  func losses(optimizer: OptimizerKind, learningRate: Double, steps: Int) -> [Double] {
    var parameters = initial
    // The optimizer's state per parameter: velocity, mean square, or Adam's two moments.
    var first = initial.map { Matrix(rows: $0.rows, columns: $0.columns) }
    var second = first
    var losses: [Double] = []
    for step in 1...steps {
      let (loss, gradients) = lossAndGradients(parameters)
      losses.append(loss)
      for i in parameters.indices {
        switch optimizer {
        case .sgd:
          parameters[i] = sgdStep(
            weight: parameters[i], gradient: gradients[i], learningRate: learningRate)
        case .momentum:
          (parameters[i], first[i]) = momentumStep(
            weight: parameters[i], gradient: gradients[i], velocity: first[i],
            learningRate: learningRate, momentum: 0.9)
        case .rmsprop:
          (parameters[i], first[i]) = rmspropStep(
            weight: parameters[i], gradient: gradients[i], meanSquare: first[i],
            learningRate: learningRate, rho: 0.99, epsilon: 1e-8)
        case .adam:
          (parameters[i], first[i], second[i]) = adamStep(
            weight: parameters[i], gradient: gradients[i], firstMoment: first[i],
            secondMoment: second[i], step: step, learningRate: learningRate)
        }
      }
    }
    losses.append(lossAndGradients(parameters).loss)
    return losses
  }
}

extension PictureSpec.Training {
  /// The learning rate `optimizer` trains with: the plot's, else the optimizer's default.
  func learningRate(for optimizer: OptimizerKind) -> Double {
    learningRate ?? optimizer.defaultLearningRate
  }

  /// One loss curve per optimizer (labelled `adam, η = 0.01`), all from the same data and
  /// initial weights, over the steps 0…`steps`.
  func picture() -> LineChart {
    let run = TrainingRun(task: task, hidden: hidden, seed: seed)
    let series = optimizers.map { optimizer in
      let rate = learningRate(for: optimizer)
      let losses = run.losses(optimizer: optimizer, learningRate: rate, steps: steps)
      return Series(
        label: "\(optimizer.rawValue), η = \(rate)",
        points: losses.enumerated().map { Point(x: Double($0.offset), y: $0.element) })
    }
    let ys = series.flatMap(\.points).map(\.y).filter { $0.isFinite && $0 < 1e12 }
    let yAxis: Axis
    switch yScale {
    case .linear:
      yAxis = .linear(label: "loss", lower: 0, upper: ys.max() ?? 1, roundedOut: true)
    case .logarithmic:
      let positive = ys.filter { $0 > 0 }
      yAxis = .logarithmic(
        label: "loss", lower: positive.min() ?? 0.1, upper: positive.max() ?? 1)
    }
    return LineChart(
      series: series,
      xAxis: .linear(label: "step", lower: 0, upper: Double(steps), roundedOut: false),
      yAxis: yAxis)
  }
}
