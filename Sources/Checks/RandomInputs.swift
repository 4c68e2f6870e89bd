public import PrimerKit

/// The random inputs of one check: seeded, so the same seed gives the same inputs to the
/// learner's code, the reference and every mistake.
///
/// It remembers the matrices it made, so that a NaN in an output can be traced to a large
/// input at the same place.
public final class RandomInputs {
  private var generator: Xoshiro256StarStar
  /// The seed these inputs were drawn from.
  public let seed: UInt64
  /// Every matrix drawn so far, in order.
  private(set) var drawn: [Matrix] = []

  /// Inputs determined by `seed`.
  public init(seed: UInt64) {
    self.seed = seed
    generator = Xoshiro256StarStar(seed: seed)
  }

  /// A `[rows, columns]` matrix of normal samples with mean 0 and standard deviation `scale`.
  public func normal(_ rows: Int, _ columns: Int, scale: Double = 1) -> Matrix {
    remember(
      Matrix.randomNormal(
        rows: rows, columns: columns, standardDeviation: scale, using: &generator))
  }

  /// A `[rows, columns]` matrix of uniform samples in `[low, high)`.
  public func uniform(_ rows: Int, _ columns: Int, low: Double = -1, high: Double = 1) -> Matrix {
    remember(
      Matrix.randomUniform(rows: rows, columns: columns, low: low, high: high, using: &generator))
  }

  /// `count` normal samples with standard deviation `scale`, as an array (a bias, a vector).
  public func vector(_ count: Int, scale: Double = 1) -> [Double] {
    (0..<count).map { _ in scale * generator.nextNormal() }
  }

  /// One normal sample with standard deviation `scale`.
  public func number(scale: Double = 1) -> Double {
    scale * generator.nextNormal()
  }

  /// `count` integers drawn uniformly from `range` (class labels, token ids).
  public func integers(_ count: Int, in range: Range<Int>) -> [Int] {
    precondition(!range.isEmpty, "integers(_:in:): the range is empty")
    return (0..<count).map { _ in
      range.lowerBound + Int(generator.nextUniform() * Double(range.count))
    }
  }

  /// A size from `choices`, by default odd sizes that catch code written for one shape:
  /// 1, 3, 5 and 7 (never equal to each other by accident more than a quarter of the time).
  public func size(from choices: [Int] = [1, 3, 5, 7]) -> Int {
    precondition(!choices.isEmpty, "size(from:): no choices")
    return choices[Int(generator.nextUniform() * Double(choices.count))]
  }

  /// A `[rows, columns]` shape with different odd sizes, so that a transposed result has the
  /// wrong shape: rows from 2, 3, 5 and columns from 4, 7.
  public func oddShape() -> (rows: Int, columns: Int) {
    (size(from: [2, 3, 5]), size(from: [4, 7]))
  }

  private func remember(_ matrix: Matrix) -> Matrix {
    drawn.append(matrix)
    return matrix
  }
}
