import Foundation
import PrimerKit

func estimateGradient(
  of f: (Matrix) -> Double, at x: Matrix, step: Double
) -> Matrix {
  let base = f(x)
  var gradient = Matrix(rows: x.rows, columns: x.columns)
  for i in 0..<x.storage.count {
    var plus = x
    plus.storage[i] += step
    gradient.storage[i] = (f(plus) - base) / step
  }
  return gradient
}
