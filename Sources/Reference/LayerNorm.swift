/// Layer normalisation over the last axis: each row is shifted to mean 0, scaled to
/// variance 1, then scaled by `γ` and shifted by `β`.
///
/// For a row `x` of width `n`: `μ = Σxⱼ/n`, `σ² = Σ(xⱼ − μ)²/n` (the biased variance, as
/// in the paper and in PyTorch), `x̂ = (x − μ)/√(σ² + ε)` and `y = γ ⊙ x̂ + β`. The `ε`
/// sits inside the root, so a constant row (`σ² = 0`) gives `x̂ = 0` and `y = β` instead
/// of dividing by zero; with `ε = 0` a constant row gives NaN. (`y = β` exactly when the
/// row's sum is exact, as for `[3, 3, 3]`; otherwise the rounding of `μ`, times `γ/√ε`, is
/// left over: about 4e-15 for `[0.1, 0.1, 0.1]`.)
///
/// Source: Ba, Kiros and Hinton, "Layer Normalization", 2016, equation (4).
///
/// - Parameters:
///   - x: `[rows, n]`, `n ≥ 1`.
///   - gamma: the gain `γ`, length `n`.
///   - beta: the bias `β`, length `n`.
///   - epsilon: `ε ≥ 0`, added to the variance; 1e-5 by default, PyTorch's default.
/// - Returns: `[rows, n]`.
public func layerNorm(
  _ x: Matrix, gamma: [Double], beta: [Double], epsilon: Double = 1e-5
) -> Matrix {
  precondition(
    gamma.count == x.columns && beta.count == x.columns,
    "layerNorm: gamma (\(gamma.count)) and beta (\(beta.count)) need the width of x \(x.shape)")
  let statistics = RowStatistics(x, epsilon: epsilon)
  var y = x
  for r in 0..<x.rows {
    for c in 0..<x.columns {
      y[r, c] = gamma[c] * statistics.normalised[r, c] + beta[c]
    }
  }
  return y
}

/// The per-row mean, inverse standard deviation and normalised rows `x̂` that layer
/// normalisation and its backward pass share.
struct RowStatistics {
  /// `μ`, one per row.
  var mean: [Double]
  /// `1/√(σ² + ε)`, one per row.
  var inverseStandardDeviation: [Double]
  /// `x̂ = (x − μ)/√(σ² + ε)`, shaped like `x`.
  var normalised: Matrix

  init(_ x: Matrix, epsilon: Double) {
    precondition(x.columns >= 1, "layerNorm: rows of x \(x.shape) must not be empty")
    precondition(epsilon >= 0, "layerNorm: epsilon must be ≥ 0, got \(epsilon)")
    let n = Double(x.columns)
    mean = x.rowSums.map { $0 / n }
    normalised = x
    inverseStandardDeviation = []
    for r in 0..<x.rows {
      var variance = 0.0
      for c in 0..<x.columns {
        let centred = x[r, c] - mean[r]
        variance += centred * centred
      }
      variance /= n
      let inverse = 1 / (variance + epsilon).squareRoot()
      inverseStandardDeviation.append(inverse)
      for c in 0..<x.columns { normalised[r, c] = (x[r, c] - mean[r]) * inverse }
    }
  }
}
