import Foundation
import PrimerKit

func crossAttentionHead(_ x: Matrix, memory: Matrix, wq: Matrix, wk: Matrix, wv: Matrix) -> Matrix {
  let q = matmul(x, wq), k = matmul(memory, wk), v = matmul(memory, wv)
  let scores = (1 / sqrt(Double(wk.columns))) * matmul(q, k.transposed)  // [t, s]
  var p = scores
  for j in 0..<scores.columns {
    let column = scores.column(j)
    let m = column.max()!
    let total = column.map { exp($0 - m) }.reduce(0, +)
    for i in 0..<scores.rows { p[i, j] = exp(scores[i, j] - m) / total }
  }
  return matmul(p, v)
}
