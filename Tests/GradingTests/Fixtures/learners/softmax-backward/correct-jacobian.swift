import PrimerKit

/// The full Jacobian, row by row: J = diag(p) − ppᵀ.
func softmaxBackward(output: Matrix, gradOutput: Matrix) -> Matrix {
  var result = output
  for r in 0..<output.rows {
    let p = output.row(r)
    for j in p.indices {
      var sum = 0.0
      for i in p.indices {
        let jacobian = (i == j ? p[i] : 0) - p[i] * p[j]
        sum += jacobian * gradOutput[r, i]
      }
      result[r, j] = sum
    }
  }
  return result
}
