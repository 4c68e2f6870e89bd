import Foundation
import PrimerKit

func attentionScores(_ q: Matrix, _ k: Matrix) -> Matrix {
  let scale = sqrt(Double(q.columns))
  return Matrix(rows: q.rows, columns: k.rows) { i, j in
    var dot = 0.0
    for d in 0..<q.columns { dot += q[i, d] * k[j, d] }
    return dot / scale
  }
}
