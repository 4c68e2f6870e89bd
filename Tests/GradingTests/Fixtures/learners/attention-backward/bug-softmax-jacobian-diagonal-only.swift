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
  let dV = matmul(p.transposed, gradOutput)
  let dP = matmul(gradOutput, v.transposed)
  let dS = Matrix(rows: p.rows, columns: p.columns) { i, j in p[i, j] * (1 - p[i, j]) * dP[i, j] }
  return (scale * matmul(dS, k), scale * matmul(dS.transposed, q), dV)
}
