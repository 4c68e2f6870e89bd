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

func multiHeadSelfAttention(
  _ x: Matrix, wq: Matrix, wk: Matrix, wv: Matrix, wo: Matrix,
  heads: Int
) -> Matrix {
  let q = matmul(x, wq), k = matmul(x, wk), v = matmul(x, wv)
  let width = q.columns / heads
  var concat = Matrix(rows: x.rows, columns: q.columns)
  for a in 0..<heads {
    let pick = { (m: Matrix) in Matrix(rows: m.rows, columns: width) { r, c in m[r, a * width + c] } }
    let head = attend(pick(q), pick(k), pick(v), causal: false)
    for r in 0..<x.rows {
      for c in 0..<width { concat[r, a * width + c] = head[r, c] }
    }
  }
  return concat
}
