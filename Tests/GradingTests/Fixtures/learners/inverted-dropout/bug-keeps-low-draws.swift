import PrimerKit

func dropout(_ x: Matrix, draws: Matrix, rate: Double) -> Matrix {
  var y = Matrix(rows: x.rows, columns: x.columns)
  let keep = 1 - rate
  for r in 0..<x.rows {
    for c in 0..<x.columns where draws[r, c] < keep {
      y[r, c] = x[r, c] / keep
    }
  }
  return y
}
