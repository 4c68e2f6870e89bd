import Foundation

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
