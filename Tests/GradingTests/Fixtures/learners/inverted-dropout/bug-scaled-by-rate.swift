import PrimerKit

func dropout(_ x: Matrix, draws: Matrix, rate: Double) -> Matrix {
  var y = Matrix(rows: x.rows, columns: x.columns)
  for r in 0..<x.rows {
    for c in 0..<x.columns where draws[r, c] >= rate {
      y[r, c] = x[r, c] * (1 - rate)
    }
  }
  return y
}
