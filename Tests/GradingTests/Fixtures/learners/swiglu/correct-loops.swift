import Foundation
import PrimerKit

func swiglu(_ x: Matrix, w: Matrix, v: Matrix, w2: Matrix) -> Matrix {
  let (n, d, h) = (x.rows, x.columns, w.columns)
  var hidden = Matrix(rows: n, columns: h)
  for r in 0..<n {
    for j in 0..<h {
      var a = 0.0, b = 0.0
      for k in 0..<d {
        a += x[r, k] * w[k, j]
        b += x[r, k] * v[k, j]
      }
      // silu(a) with a sigmoid that never overflows
      let s = a >= 0 ? 1 / (1 + exp(-a)) : exp(a) / (1 + exp(a))
      hidden[r, j] = a * s * b
    }
  }
  var y = Matrix(rows: n, columns: w2.columns)
  for r in 0..<n {
    for j in 0..<h {
      for c in 0..<w2.columns { y[r, c] += hidden[r, j] * w2[j, c] }
    }
  }
  return y
}
