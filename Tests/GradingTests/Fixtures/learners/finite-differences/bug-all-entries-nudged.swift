import Foundation
import PrimerKit

func estimateGradient(
  of f: (Matrix) -> Double, at x: Matrix, step: Double
) -> Matrix {
  // nudge the whole input at once
  let up = f(x.map { $0 + step })
  let down = f(x.map { $0 - step })
  return Matrix(rows: x.rows, columns: x.columns, repeating: (up - down) / (2 * step))
}
