import Foundation
import PrimerKit

func estimateGradient(
  of f: (Matrix) -> Double, at x: Matrix, step: Double
) -> Matrix {
  var gradient = Matrix(rows: x.rows, columns: x.columns)
  for c in 0..<x.columns {
    var plus = x
    var minus = x
    plus[0, c] += step
    minus[0, c] -= step
    gradient[0, c] = (f(plus) - f(minus)) / (2 * step)
  }
  return gradient
}
