import Foundation
import PrimerKit

func crossAttentionHead(_ x: Matrix, memory: Matrix, wq: Matrix, wk: Matrix, wv: Matrix) -> Matrix {
  // the memory asks, the decoder answers
  let q = matmul(memory, wq), k = matmul(x, wk), v = matmul(x, wv)
  let scores = (1 / sqrt(Double(wk.columns))) * matmul(q, k.transposed)
  let maxima = scores.rowMaxima
  let e = Matrix(rows: scores.rows, columns: scores.columns) { i, j in exp(scores[i, j] - maxima[i]) }
  let sums = e.rowSums
  return matmul(Matrix(rows: e.rows, columns: e.columns) { i, j in e[i, j] / sums[i] }, v)
}
