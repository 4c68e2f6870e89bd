import Foundation
import PrimerKit

func crossEntropyGradient(logits: Matrix, targets: [Int]) -> Matrix {
  var gradient = Matrix(rows: logits.rows, columns: logits.columns)
  for r in 0..<logits.rows {
    let row = logits.row(r)
    let m = row.max()!
    let e = row.map { exp($0 - m) }
    let total = e.reduce(0, +)
    for c in row.indices {
      let oneHot = c == targets[r] ? 1.0 : 0.0
      gradient[r, c] = (e[c] / total - oneHot) / Double(logits.rows)
    }
  }
  return gradient
}
