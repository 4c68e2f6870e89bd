import Foundation
import PrimerKit

func rmsNorm(_ x: Matrix, gamma: [Double], epsilon: Double) -> Matrix {
  var y = Matrix(rows: x.rows, columns: x.columns)
  for c in 0..<x.columns {
    let ms = x.column(c).map { $0 * $0 }.reduce(0, +) / Double(x.rows)
    for r in 0..<x.rows { y[r, c] = gamma[c] * x[r, c] / sqrt(ms + epsilon) }
  }
  return y
}
