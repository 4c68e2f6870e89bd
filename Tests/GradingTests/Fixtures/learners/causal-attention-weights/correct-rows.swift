import Foundation
import PrimerKit

func causalWeights(_ scores: Matrix) -> Matrix {
  var weights = Matrix(rows: scores.rows, columns: scores.columns)
  for i in 0..<scores.rows {
    let visible = (0...i).map { scores[i, $0] }
    let m = visible.max()!
    let e = visible.map { exp($0 - m) }
    let total = e.reduce(0, +)
    for j in 0...i { weights[i, j] = e[j] / total }
  }
  return weights
}
