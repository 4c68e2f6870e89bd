import Foundation
import PrimerKit

func estimateGradient(
  of f: (Matrix) -> Double, at x: Matrix, step: Double
) -> Matrix {
  var gradient = Matrix(rows: x.rows, columns: x.columns)
  for i in 0..<x.storage.count {
    var plus = x
    var minus = x
    plus.storage[i] += step
    minus.storage[i] -= step
    gradient.storage[i] = (f(plus) - f(minus)) / step
  }
  return gradient
}
