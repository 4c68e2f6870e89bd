import Foundation
import PrimerKit

func rmsNorm(_ x: Matrix, gamma: [Double], epsilon: Double) -> Matrix {
  var y = Matrix(rows: x.rows, columns: x.columns)
  for r in 0..<x.rows {
    let ms = x.row(r).map { $0 * $0 }.reduce(0, +) / Double(x.columns)
    for c in 0..<x.columns { y[r, c] = gamma[r % gamma.count] * x[r, c] / sqrt(ms + epsilon) }
  }
  return y
}
