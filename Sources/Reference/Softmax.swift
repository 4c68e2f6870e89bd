#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The row-wise softmax of `logits`.
///
/// `softmax(x)ᵢ = exp(xᵢ − m) / Σⱼ exp(xⱼ − m)` with `m = max(x)`: subtracting `m` leaves
/// the result unchanged and keeps `exp` from overflowing (logits of 1000 give the same
/// probabilities as logits of 0).
///
/// Edge cases: a row of `-∞` except one finite entry gives a one-hot row; a row that is all
/// `-∞` (a fully masked row) gives NaN, which callers must avoid; a NaN anywhere in a row
/// makes the whole row NaN; `+∞` entries give NaN (∞ − ∞).
///
/// - Parameter logits: a `[rows, columns]` matrix.
/// - Returns: a matrix of the same shape whose rows sum to 1.
public func softmax(_ logits: Matrix) -> Matrix {
  var result = logits
  let maxima = logits.rowMaxima
  for r in 0..<logits.rows {
    var total = 0.0
    for c in 0..<logits.columns {
      let e = exp(logits[r, c] - maxima[r])
      result[r, c] = e
      total += e
    }
    for c in 0..<logits.columns { result[r, c] /= total }
  }
  return result
}

/// The gradient of a loss with respect to the logits of `softmax`, given its output.
///
/// A vector-Jacobian product, row by row: with `y = softmax(x)` and `g = ∂L/∂y`, the Jacobian
/// `∂yᵢ/∂xⱼ = yᵢ(δᵢⱼ − yⱼ)` gives `∂L/∂xⱼ = yⱼ·(gⱼ − Σᵢ gᵢyᵢ)`, so the `[c, c]` Jacobian is never
/// formed. A constant `g` gives a zero gradient (softmax ignores shifts of its input).
///
/// - Parameters:
///   - output: `y = softmax(x)`, a `[rows, columns]` matrix.
///   - gradOutput: `∂L/∂y`, the same shape.
/// - Returns: `∂L/∂x`, the same shape.
public func softmaxBackward(output: Matrix, gradOutput: Matrix) -> Matrix {
  precondition(
    output.shape == gradOutput.shape,
    "softmaxBackward: output \(output.shape) and gradOutput \(gradOutput.shape) differ")
  let dots = output.hadamard(gradOutput).rowSums  // Σᵢ gᵢyᵢ per row
  return Matrix(rows: output.rows, columns: output.columns) { r, c in
    output[r, c] * (gradOutput[r, c] - dots[r])
  }
}
