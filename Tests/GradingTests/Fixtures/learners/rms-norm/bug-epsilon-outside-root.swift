import Foundation
import PrimerKit

func rmsNorm(_ x: Matrix, gamma: [Double], epsilon: Double) -> Matrix {
  var y = Matrix(rows: x.rows, columns: x.columns)
  for r in 0..<x.rows {
    var sumSquares = 0.0
    for c in 0..<x.columns { sumSquares += x[r, c] * x[r, c] }
    let root = sqrt(sumSquares / Double(x.columns)) + epsilon
    for c in 0..<x.columns { y[r, c] = gamma[c] * x[r, c] / root }
  }
  return y
}
