import Foundation
import PrimerKit

func estimateGradient(
  of f: (Matrix) -> Double, at x: Matrix, step: Double
) -> Matrix {
  var point = x
  var gradient = Matrix(rows: x.rows, columns: x.columns)
  for r in 0..<x.rows {
    for c in 0..<x.columns {
      let saved = point[r, c]
      point[r, c] = saved + step
      let up = f(point)
      point[r, c] = saved - step
      let down = f(point)
      point[r, c] = saved
      gradient[r, c] = (up - down) / (2 * step)
    }
  }
  return gradient
}
