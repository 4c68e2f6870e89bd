import Foundation
import PrimerKit

func selfAttentionHead(_ x: Matrix, wq: Matrix, wk: Matrix, wv: Matrix) -> Matrix {
  let q = matmul(x, wq), k = matmul(x, wk), v = matmul(x, wv)
  let scores = (1 / sqrt(Double(wq.columns))) * matmul(q, k.transposed)
  let maxima = scores.rowMaxima  // before masking
  var p = Matrix(rows: scores.rows, columns: scores.columns) { i, j in
    j > i ? 0 : exp(scores[i, j] - maxima[i])
  }
  let sums = p.rowSums
  p = Matrix(rows: p.rows, columns: p.columns) { i, j in p[i, j] / sums[i] }
  return matmul(p, v)
}
