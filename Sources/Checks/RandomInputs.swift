public import PrimerKit

/// The random inputs of one check: seeded, so the same seed gives the same inputs to the
/// learner's code, the reference and every mistake.
///
/// In a compare check the inputs belong to one ``InputTrial`` of the check's schedule, which
/// steers the draws: `size()` and `oddShape()` give one row, one column, an odd width or a
/// batch; `normal`, `vector` and `number` are scaled, shifted or zeroed. A check body written
/// for one random case thus meets every case of the schedule without change. `uniform` and
/// `integers` are never steered (they draw probabilities, thresholds, labels and ids, whose
/// range the body chose).
///
/// It remembers what it drew, so that a failure can show the inputs and a NaN in an output
/// can be traced to a large input at the same place.
public final class RandomInputs {
  private var generator: Xoshiro256StarStar
  /// The seed these inputs were drawn from.
  public let seed: UInt64
  /// The trial these inputs belong to; `nil` outside compare checks (draws as asked).
  public let trial: InputTrial?
  /// Every matrix drawn so far, in order.
  private(set) var drawn: [Matrix] = []
  /// Every draw so far, as a failure message shows it.
  private(set) var described: [String] = []
  private var sizeDraws = 0
  /// The sizes the trial chose in `size()`, in order.
  private var chosenSizes: [Int] = []
  /// Whether the trial chose the shape of an `oddShape()`.
  private var steeredShape = false
  /// The seed of the whole run, which `primer run --seed` takes, when known.
  var runSeed: UInt64?

  /// Inputs determined by `seed`, drawn as asked.
  public init(seed: UInt64) {
    self.seed = seed
    trial = nil
    generator = Xoshiro256StarStar(seed: seed)
  }

  /// Inputs determined by `seed`, steered by `trial`.
  public init(seed: UInt64, trial: InputTrial?) {
    self.seed = seed
    self.trial = trial
    generator = Xoshiro256StarStar(seed: seed)
  }

  /// A `[rows, columns]` matrix of normal samples with mean 0 and standard deviation `scale`
  /// (steered by the trial: scaled, every other row shifted by −1000, or every third element 0).
  public func normal(_ rows: Int, _ columns: Int, scale: Double = 1) -> Matrix {
    var matrix = Matrix.randomNormal(
      rows: rows, columns: columns, standardDeviation: scale * (trial?.scale ?? 1),
      using: &generator)
    switch trial?.kind {
    case .veryNegativeRows:
      for r in stride(from: 0, to: rows, by: 2) {
        for c in 0..<columns { matrix[r, c] -= 1000 }
      }
    case .zeros:
      for index in matrix.storage.indices where index % 3 == 1 { matrix.storage[index] = 0 }
    default: break
    }
    return remember(matrix)
  }

  /// A `[rows, columns]` matrix of uniform samples in `[low, high)`.
  public func uniform(_ rows: Int, _ columns: Int, low: Double = -1, high: Double = 1) -> Matrix {
    remember(
      Matrix.randomUniform(rows: rows, columns: columns, low: low, high: high, using: &generator))
  }

  /// `count` normal samples with standard deviation `scale`, as an array (a bias, a vector),
  /// steered by the trial as a one-row ``normal(_:_:scale:)``.
  public func vector(_ count: Int, scale: Double = 1) -> [Double] {
    var values = (0..<count).map { _ in scale * (trial?.scale ?? 1) * generator.nextNormal() }
    switch trial?.kind {
    case .veryNegativeRows: values = values.map { $0 - 1000 }
    case .zeros: for index in values.indices where index % 3 == 1 { values[index] = 0 }
    default: break
    }
    described.append("vector " + InputText.values(values))
    return values
  }

  /// One normal sample with standard deviation `scale` (scaled by the trial; 0 in a trial of
  /// exact zeros).
  public func number(scale: Double = 1) -> Double {
    let value = scale * (trial?.scale ?? 1) * generator.nextNormal()
    let result = trial?.kind == .zeros ? 0 : value
    described.append("number " + InputText.number(result))
    return result
  }

  /// `count` integers drawn uniformly from `range` (class labels, token ids).
  public func integers(_ count: Int, in range: Range<Int>) -> [Int] {
    precondition(!range.isEmpty, "integers(_:in:): the range is empty")
    let values = (0..<count).map { _ in
      range.lowerBound + Int(generator.nextUniform() * Double(range.count))
    }
    described.append("integers " + InputText.values(values.map(Double.init)))
    return values
  }

  /// A size from `choices`, by default odd sizes that catch code written for one shape:
  /// 1, 3, 5 and 7 (never equal to each other by accident more than a quarter of the time).
  ///
  /// In a compare check the trial picks some sizes (see ``InputTrial/Kind``): the first size
  /// drawn is the smallest choice in the one-row trial, and so on.
  public func size(from choices: [Int] = [1, 3, 5, 7]) -> Int {
    precondition(!choices.isEmpty, "size(from:): no choices")
    defer { sizeDraws += 1 }
    let random = choices[Int(generator.nextUniform() * Double(choices.count))]
    guard let steered = trial?.size(draw: sizeDraws, from: choices) else { return random }
    chosenSizes.append(steered)
    return steered
  }

  /// A `[rows, columns]` shape with different odd sizes, so that a transposed result has the
  /// wrong shape: rows from 2, 3, 5 and columns from 4, 7 (in a compare check, one row in the
  /// one-row trial, one column in the one-column trial, 3 × 7 in the odd-width trial and five
  /// rows in the batch trial).
  public func oddShape() -> (rows: Int, columns: Int) {
    let rows = [2, 3, 5][Int(generator.nextUniform() * 3)]
    let columns = [4, 7][Int(generator.nextUniform() * 2)]
    if let kind = trial?.kind, [.oneRow, .oneColumn, .oddWidth, .batch].contains(kind) {
      steeredShape = true
    }
    switch trial?.kind {
    case .oneRow: return (1, columns)
    case .oneColumn: return (5, 1)
    case .oddWidth: return (3, 7)
    case .batch: return (5, columns)
    default: return (rows, columns)
    }
  }

  /// The trial's name as a failure shows it, true of the inputs drawn.
  ///
  /// A shape trial keeps its name (`one row`) when `oddShape()` gave that shape, or when a
  /// matrix drawn has it along a size the trial chose (a matrix of 1 row when the trial chose
  /// the size 1). When the trial chose sizes that gave no such shape (the number of blocks of a
  /// model, say), it says which (`the smallest size first: 2`); when it chose none (a check
  /// that draws fixed sizes), it is `random`.
  var trialLabel: String {
    guard let kind = trial?.kind else { return "" }
    let shapeHolds: (Matrix) -> Bool
    let chosen: String
    switch kind {
    case .oneRow:
      shapeHolds = { $0.rows == 1 && self.chosenSizes.contains(1) }
      chosen = "the smallest size first"
    case .oneColumn:
      shapeHolds = { $0.columns == 1 && self.chosenSizes.contains(1) }
      chosen = "the largest size, then the smallest"
    case .oddWidth:
      shapeHolds = {
        $0.columns > 1 && $0.columns % 2 == 1 && self.chosenSizes.contains($0.columns)
      }
      chosen = "the largest odd sizes"
    case .batch:
      shapeHolds = { $0.rows > 1 && self.chosenSizes.contains($0.rows) }
      chosen = "the largest size first"
    default: return kind.rawValue
    }
    if steeredShape || drawn.contains(where: shapeHolds) { return kind.rawValue }
    guard !chosenSizes.isEmpty else { return InputTrial.Kind.plain.rawValue }
    return chosen + ": " + chosenSizes.map(String.init).joined(separator: ", ")
  }

  private func remember(_ matrix: Matrix) -> Matrix {
    drawn.append(matrix)
    described.append("matrix " + InputText.matrix(matrix))
    return matrix
  }
}
