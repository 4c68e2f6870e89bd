import Foundation
import PrimerKit

func attentionGradients(
  _ q: Matrix, _ k: Matrix, _ v: Matrix, gradOutput: Matrix
) -> (dQ: Matrix, dK: Matrix, dV: Matrix) {
  let scale = 1 / Double(q.columns).squareRoot()
  let s = scale * matmul(q, k.transposed)
  let m = s.rowMaxima
  let e = Matrix(rows: s.rows, columns: s.columns) { i, j in exp(s[i, j] - m[i]) }
  let z = e.rowSums
  let p = Matrix(rows: s.rows, columns: s.columns) { i, j in e[i, j] / z[i] }
  let (tq, tk, dk, dv) = (q.rows, k.rows, q.columns, v.columns)
  var dQ = Matrix(rows: tq, columns: dk), dK = Matrix(rows: tk, columns: dk), dV = Matrix(rows: tk, columns: dv)
  for i in 0..<tq {
    var dp = [Double](repeating: 0, count: tk)
    for j in 0..<tk {
      for c in 0..<dv {
        dp[j] += gradOutput[i, c] * v[j, c]
        dV[j, c] += p[i, j] * gradOutput[i, c]
      }
    }
    var average = 0.0
    for j in 0..<tk { average += p[i, j] * dp[j] }
    for j in 0..<tk {
      let ds = p[i, j] * (dp[j] - average) * scale
      for c in 0..<dk {
        dQ[i, c] += ds * k[j, c]
        dK[j, c] += ds * q[i, c]
      }
    }
  }
  return (dQ, dK, dV)
}
