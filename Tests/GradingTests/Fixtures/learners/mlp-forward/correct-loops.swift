import PrimerKit

func layer(_ x: Matrix, _ w: Matrix, _ b: [Double]) -> Matrix {
  var y = Matrix(rows: x.rows, columns: w.columns)
  for r in 0..<x.rows {
    for c in 0..<w.columns {
      var z = b[c]
      for k in 0..<x.columns { z += x[r, k] * w[k, c] }
      y[r, c] = z
    }
  }
  return y
}

func forward(
  _ x: Matrix, w1: Matrix, b1: [Double], w2: Matrix, b2: [Double]
) -> Matrix {
  let h = layer(x, w1, b1).map { $0 > 0 ? $0 : 0 }
  return layer(h, w2, b2)
}
