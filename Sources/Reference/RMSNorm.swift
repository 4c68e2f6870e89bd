#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Root-mean-square normalisation over each row, as in LLaMA-style models: each row is divided
/// by its root mean square, then scaled by `γ`.
///
/// For a row `x` of width `d`: `rms = √(Σxⱼ²/d + ε)` and `yⱼ = γⱼ·xⱼ/rms`. Unlike layer
/// norm there is no mean subtraction and no bias: the row keeps its direction and only its
/// length is normalised. A row of zeros gives zeros (`ε` keeps the root positive); with
/// `ε = 0` it gives NaN.
///
/// Source: Zhang and Sennrich, "Root Mean Square Layer Normalization", 2019, equation (4);
/// LLaMA uses `ε = 1e-6`.
///
/// - Parameters:
///   - x: `[rows, d]`, `d ≥ 1`.
///   - gamma: the gain `γ`, length `d`.
///   - epsilon: `ε ≥ 0`, added to the mean square; 1e-6 by default.
/// - Returns: `[rows, d]`.
public func rmsNorm(_ x: Matrix, gamma: [Double], epsilon: Double = 1e-6) -> Matrix {
  precondition(x.columns >= 1, "rmsNorm: rows of x \(x.shape) must not be empty")
  precondition(
    gamma.count == x.columns, "rmsNorm: gamma (\(gamma.count)) needs the width of x \(x.shape)")
  precondition(epsilon >= 0, "rmsNorm: epsilon must be ≥ 0, got \(epsilon)")
  var y = x
  for r in 0..<x.rows {
    var meanSquare = 0.0
    for c in 0..<x.columns { meanSquare += x[r, c] * x[r, c] }
    meanSquare /= Double(x.columns)
    let inverseRoot = 1 / (meanSquare + epsilon).squareRoot()
    for c in 0..<x.columns { y[r, c] = gamma[c] * x[r, c] * inverseRoot }
  }
  return y
}
