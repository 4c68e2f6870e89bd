// Numerical gradients, the independent check of every backward rule.

/// The gradient of a scalar function `f` at `x`, estimated by centred finite differences.
///
/// `∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h` for every element `i` of `x`. The error of the
/// centred form shrinks like `h²` (the one-sided form only like `h`), while rounding error
/// grows like `ε·|f| / h`; `h = 1e-5` balances the two for well-scaled inputs (values and
/// gradients of order 1), giving about 10 correct digits.
///
/// It costs `2·count` evaluations of `f`, so keep the inputs small. Near a kink (ReLU at 0)
/// the estimate is meaningless: choose inputs away from kinks.
///
/// Source: CS231n, "Gradient checks" (Stanford, Karpathy et al.).
///
/// - Parameters:
///   - f: the function to differentiate, for example a loss as a function of one weight matrix.
///   - x: the point at which to differentiate, any shape.
///   - step: `h`, the distance to each side of `x`.
/// - Returns: a matrix of the shape of `x` holding `∂f/∂x`.
public func numericalGradient(
  of f: (Matrix) -> Double, at x: Matrix, step: Double = 1e-5
) -> Matrix {
  precondition(step > 0 && step.isFinite, "numericalGradient: step must be positive, got \(step)")
  var gradient = Matrix(rows: x.rows, columns: x.columns)
  var probe = x
  for i in x.storage.indices {
    let original = x.storage[i]
    probe.storage[i] = original + step
    let above = f(probe)
    probe.storage[i] = original - step
    let below = f(probe)
    probe.storage[i] = original
    gradient.storage[i] = (above - below) / (2 * step)
  }
  return gradient
}

/// The largest element-wise relative error between two matrices of the same shape.
///
/// `max over i of |aᵢ − bᵢ| / max(|aᵢ|, |bᵢ|)`, the measure CS231n recommends for gradient
/// checks: below about 1e-7 the gradients agree; above 1e-2 one of them is probably wrong.
///
/// Edge cases: an element where both values are 0 (or equal infinities) contributes 0; a NaN
/// anywhere, or infinities that differ, make the result NaN or 1 so a check `< tolerance`
/// fails. Two empty matrices give 0.
///
/// - Parameters:
///   - a: any matrix, typically the analytic gradient.
///   - b: a matrix of the same shape, typically `numericalGradient(of:at:)`.
/// - Returns: a number in `[0, 2]`, or NaN.
public func relativeError(_ a: Matrix, _ b: Matrix) -> Double {
  precondition(a.shape == b.shape, "relativeError: shapes differ: \(a.shape) and \(b.shape)")
  var worst = 0.0
  for (x, y) in Swift.zip(a.storage, b.storage) {
    if x.isNaN || y.isNaN { return .nan }
    if x == y { continue }  // also 0 and −0, and equal infinities
    let error = abs(x - y) / max(abs(x), abs(y))
    if error.isNaN { return 1 }  // opposite infinities: ∞ / ∞
    worst = max(worst, error)
  }
  return worst
}
