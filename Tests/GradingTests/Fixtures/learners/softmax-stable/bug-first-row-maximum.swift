import Foundation
import PrimerKit

func softmax(_ logits: Matrix) -> Matrix {
  let m = logits.row(0).max()!
  var result = logits
  for r in 0..<logits.rows {
    var total = 0.0
    for c in 0..<logits.columns {
      result[r, c] = exp(logits[r, c] - m)
      total += result[r, c]
    }
    for c in 0..<logits.columns { result[r, c] /= total }
  }
  return result
}
