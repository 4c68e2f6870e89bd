import Foundation
import PrimerKit

func rmsNorm(_ x: Matrix, gamma: [Double], epsilon: Double) -> Matrix {
  var y = Matrix(rows: x.rows, columns: x.columns)
  for r in 0..<x.rows {
    let row = x.row(r)
    let mean = row.reduce(0, +) / Double(row.count)
    let variance = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(row.count)
    for c in 0..<x.columns { y[r, c] = gamma[c] * x[r, c] / sqrt(variance + epsilon) }
  }
  return y
}
