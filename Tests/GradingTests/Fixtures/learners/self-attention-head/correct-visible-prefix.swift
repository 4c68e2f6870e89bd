import Foundation
import PrimerKit

func attend(_ q: Matrix, _ k: Matrix, _ v: Matrix, causal: Bool) -> Matrix {
  let scale = 1 / Double(q.columns).squareRoot()
  var out = Matrix(rows: q.rows, columns: v.columns)
  for i in 0..<q.rows {
    let visible = causal ? i + 1 : k.rows
    var s = [Double](repeating: 0, count: visible)
    for j in 0..<visible {
      for c in 0..<q.columns { s[j] += q[i, c] * k[j, c] }
      s[j] *= scale
    }
    let m = s.max()!
    let e = s.map { exp($0 - m) }
    let total = e.reduce(0, +)
    for j in 0..<visible {
      for c in 0..<v.columns { out[i, c] += e[j] / total * v[j, c] }
    }
  }
  return out
}

func selfAttentionHead(_ x: Matrix, wq: Matrix, wk: Matrix, wv: Matrix) -> Matrix {
  attend(matmul(x, wq), matmul(x, wk), matmul(x, wv), causal: true)
}
