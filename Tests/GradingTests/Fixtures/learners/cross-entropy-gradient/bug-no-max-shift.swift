import Foundation
import PrimerKit

func crossEntropyGradient(logits: Matrix, targets: [Int]) -> Matrix {
  var result = logits.map { exp($0) }
  for r in 0..<logits.rows {
    let total = result.row(r).reduce(0, +)
    for c in 0..<logits.columns { result[r, c] /= total }
    result[r, targets[r]] -= 1
  }
  return (1 / Double(logits.rows)) * result
}
