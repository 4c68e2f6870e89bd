import Foundation
import PrimerKit

/// Uses the first row's upstream gradient for every row.
func tanhBackward(_ x: Matrix, gradOutput: Matrix) -> Matrix {
  Matrix(rows: x.rows, columns: x.columns) { r, c in
    let t = tanh(x[r, c])
    return gradOutput[0, c] * (1 - t * t)
  }
}
