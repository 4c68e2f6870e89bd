/// The gradients of a scalar loss with respect to the input and parameters of `layerNorm`.
public struct LayerNormGradients: Equatable, Sendable {
  /// `∂L/∂x`, shaped like `x`.
  public var gradInput: Matrix
  /// `∂L/∂γ`, length `n`.
  public var gradGamma: [Double]
  /// `∂L/∂β`, length `n`.
  public var gradBeta: [Double]

  /// Groups the three gradients.
  public init(gradInput: Matrix, gradGamma: [Double], gradBeta: [Double]) {
    self.gradInput = gradInput
    self.gradGamma = gradGamma
    self.gradBeta = gradBeta
  }
}

/// The backward pass of `layerNorm(_:gamma:beta:epsilon:)`: given `∂L/∂y`, the gradients
/// with respect to `x`, `γ` and `β`.
///
/// With `x̂ = (x − μ)·s`, `s = 1/√(σ² + ε)` and `y = γ ⊙ x̂ + β`:
///
/// - `∂L/∂β = Σ_rows ∂L/∂y` and `∂L/∂γ = Σ_rows ∂L/∂y ⊙ x̂` (both summed over the rows,
///   which share `γ` and `β`);
/// - `g = ∂L/∂y ⊙ γ` is the gradient with respect to `x̂`;
/// - per row, `∂L/∂x = s·(g − mean(g) − x̂·mean(g ⊙ x̂))`: the two subtracted terms are the
///   paths through `μ` and through `σ²`, which every element of the row feeds.
///
/// A constant row has `x̂ = 0`, so `∂L/∂x = s·(g − mean(g))` there.
///
/// - Parameters:
///   - x: the input of the forward pass, `[rows, n]`.
///   - gamma: `γ`, length `n` (`β` does not enter the gradients).
///   - epsilon: the `ε` of the forward pass.
///   - gradOutput: `∂L/∂y`, `[rows, n]`.
/// - Returns: `∂L/∂x`, `∂L/∂γ`, `∂L/∂β`.
public func layerNormBackward(
  _ x: Matrix, gamma: [Double], epsilon: Double = 1e-5, gradOutput: Matrix
) -> LayerNormGradients {
  precondition(
    gamma.count == x.columns,
    "layerNormBackward: gamma (\(gamma.count)) needs the width of x \(x.shape)")
  precondition(
    gradOutput.shape == x.shape,
    "layerNormBackward: the output gradient \(gradOutput.shape) must have the shape of x \(x.shape)"
  )
  let statistics = RowStatistics(x, epsilon: epsilon)
  let xHat = statistics.normalised
  let n = Double(x.columns)

  let gradBeta = gradOutput.columnSums
  let gradGamma = gradOutput.hadamard(xHat).columnSums

  var gradX = x
  for r in 0..<x.rows {
    let g = (0..<x.columns).map { c in gradOutput[r, c] * gamma[c] }  // ∂L/∂x̂, one row
    let meanG = g.reduce(0, +) / n
    var meanGXHat = 0.0
    for c in 0..<x.columns { meanGXHat += g[c] * xHat[r, c] }
    meanGXHat /= n
    for c in 0..<x.columns {
      gradX[r, c] =
        statistics.inverseStandardDeviation[r] * (g[c] - meanG - xHat[r, c] * meanGXHat)
    }
  }
  return LayerNormGradients(gradInput: gradX, gradGamma: gradGamma, gradBeta: gradBeta)
}
