import Foundation
import PrimerKit

/// No max shift: exp overflows for logits near 1000 and underflows for rows near −1000.
func softmax(_ logits: Matrix) -> Matrix {
  var result = logits.map { exp($0) }
  for r in 0..<logits.rows {
    let total = result.row(r).reduce(0, +)
    for c in 0..<logits.columns { result[r, c] /= total }
  }
  return result
}
