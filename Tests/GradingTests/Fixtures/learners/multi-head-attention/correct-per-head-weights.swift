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

// Head a's projection is the block of columns of each weight matrix: x·W[:, block].
func multiHeadSelfAttention(
  _ x: Matrix, wq: Matrix, wk: Matrix, wv: Matrix, wo: Matrix,
  heads: Int
) -> Matrix {
  let dk = wq.columns / heads
  func block(_ w: Matrix, _ a: Int) -> Matrix {
    Matrix(rows: w.rows, columns: dk) { r, c in w[r, a * dk + c] }
  }
  var rows = [[Double]](repeating: [], count: x.rows)
  for a in 0..<heads {
    let head = attend(matmul(x, block(wq, a)), matmul(x, block(wk, a)), matmul(x, block(wv, a)), causal: false)
    for r in 0..<x.rows { rows[r] += head.row(r) }
  }
  return matmul(Matrix(rows), wo)
}
