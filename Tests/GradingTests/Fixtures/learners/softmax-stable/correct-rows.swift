import Foundation
import PrimerKit

func softmax(_ logits: Matrix) -> Matrix {
  var rows: [[Double]] = []
  for r in 0..<logits.rows {
    let row = logits.row(r)
    let m = row.max()!
    let e = row.map { exp($0 - m) }
    let total = e.reduce(0, +)
    rows.append(e.map { $0 / total })
  }
  return Matrix(rows)
}
