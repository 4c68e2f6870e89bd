import Foundation
import PrimerKit

func rmsNorm(_ x: Matrix, gamma: [Double], epsilon: Double) -> Matrix {
  var y = Matrix(rows: x.rows, columns: x.columns)
  for r in 0..<x.rows {
    let norm = sqrt(x.row(r).map { $0 * $0 }.reduce(0, +) + epsilon)
    for c in 0..<x.columns { y[r, c] = gamma[c] * x[r, c] / norm }
  }
  return y
}
