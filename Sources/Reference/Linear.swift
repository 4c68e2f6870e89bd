/// A fully connected (affine) layer applied to a batch: `x·w + b`.
///
/// Each row of `x` is one example; `(x·w + b)ᵢⱼ = Σₖ xᵢₖ wₖⱼ + bⱼ`. The weight is stored
/// `[in, out]`, so the product needs no transpose (PyTorch's `nn.Linear` stores `[out, in]` and
/// computes `x·wᵀ + b`).
///
/// - Parameters:
///   - x: an `[n, in]` batch.
///   - weight: an `[in, out]` matrix.
///   - bias: a vector of length `out`, added to every row.
/// - Returns: the `[n, out]` outputs.
public func linear(_ x: Matrix, weight: Matrix, bias: [Double]) -> Matrix {
  precondition(
    x.columns == weight.rows,
    "linear: x \(x.shape) needs a weight with \(x.columns) rows, got \(weight.shape)")
  precondition(
    bias.count == weight.columns,
    "linear: weight \(weight.shape) needs a bias of length \(weight.columns), got \(bias.count)")
  return matmul(x, weight).addingToEachRow(bias)
}

/// The gradients of a loss with respect to the input and parameters of `linear`.
public struct LinearGradients: Equatable, Sendable {
  /// `∂L/∂x = gradOutput·wᵀ`, `[n, in]`.
  public var gradInput: Matrix
  /// `∂L/∂w = xᵀ·gradOutput`, `[in, out]`.
  public var gradWeight: Matrix
  /// `∂L/∂b`, the column sums of `gradOutput`, length `out`: the bias is added to every row,
  /// so its gradient accumulates over the batch.
  public var gradBias: [Double]

  /// Gradients from their three parts.
  public init(gradInput: Matrix, gradWeight: Matrix, gradBias: [Double]) {
    self.gradInput = gradInput
    self.gradWeight = gradWeight
    self.gradBias = gradBias
  }
}

/// The backward rule of `linear(x, weight:, bias:)`.
///
/// With `y = x·w + b` and `g = ∂L/∂y`: `∂L/∂x = g·wᵀ`, `∂L/∂w = xᵀ·g`, `∂L/∂b = Σᵢ gᵢ` (the
/// sum over rows). The bias value itself is not needed.
///
/// - Parameters:
///   - x: the `[n, in]` input given to `linear`.
///   - weight: the `[in, out]` weight.
///   - gradOutput: `∂L/∂y`, `[n, out]`.
/// - Returns: the three gradients, each of the shape of what it differentiates.
public func linearBackward(_ x: Matrix, weight: Matrix, gradOutput: Matrix) -> LinearGradients {
  precondition(
    x.columns == weight.rows && gradOutput.shape == [x.rows, weight.columns],
    "linearBackward: x \(x.shape), weight \(weight.shape) and gradOutput \(gradOutput.shape) "
      + "do not fit: expected [n, in], [in, out], [n, out]")
  return LinearGradients(
    gradInput: matmul(gradOutput, weight.transposed),
    gradWeight: matmul(x.transposed, gradOutput),
    gradBias: gradOutput.columnSums)
}

/// A fully connected layer's parameters: `weight` `[in, out]` and `bias` `[out]`.
public struct Linear: Equatable, Sendable {
  /// The `[in, out]` weight.
  public var weight: Matrix
  /// The bias, one value per output.
  public var bias: [Double]

  /// A layer with the given parameters.
  public init(weight: Matrix, bias: [Double]) {
    precondition(
      bias.count == weight.columns,
      "Linear: weight \(weight.shape) needs a bias of length \(weight.columns), got \(bias.count)")
    self.weight = weight
    self.bias = bias
  }

  /// A layer with weights and biases drawn uniformly from `[−1/√in, 1/√in)`.
  ///
  /// This is PyTorch's default for `nn.Linear` (He et al. 2015 with `a = √5`), so outputs
  /// start at the scale of the inputs. Weights are drawn first, row after row, then the bias.
  public init<G: RandomNumberGenerator>(inputs: Int, outputs: Int, using generator: inout G) {
    precondition(inputs > 0 && outputs > 0, "Linear: sizes \(inputs) → \(outputs) must be positive")
    let bound = 1 / Double(inputs).squareRoot()
    let weight = Matrix.randomUniform(
      rows: inputs, columns: outputs, low: -bound, high: bound, using: &generator)
    let bias = Matrix.randomUniform(
      rows: 1, columns: outputs, low: -bound, high: bound, using: &generator)
    self.init(weight: weight, bias: bias.storage)
  }

  /// The layer applied to an `[n, in]` batch: `x·weight + bias`, `[n, out]`.
  public func callAsFunction(_ x: Matrix) -> Matrix { linear(x, weight: weight, bias: bias) }
}
