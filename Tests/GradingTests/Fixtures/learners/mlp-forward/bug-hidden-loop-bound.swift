import PrimerKit

func forward(
  _ x: Matrix, w1: Matrix, b1: [Double], w2: Matrix, b2: [Double]
) -> Matrix {
  var h = Matrix(rows: x.rows, columns: w1.columns)
  for r in 0..<x.rows {
    for j in 0..<w1.columns {
      var z = b1[j]
      for k in 0..<x.columns { z += x[r, k] * w1[k, j] }
      h[r, j] = max(z, 0)
    }
  }
  var y = Matrix(rows: x.rows, columns: w2.columns)
  for r in 0..<x.rows {
    for c in 0..<w2.columns {
      var z = b2[c]
      for j in 0..<x.columns { z += h[r, j] * w2[j, c] }  // over the inputs
      y[r, c] = z
    }
  }
  return y
}
