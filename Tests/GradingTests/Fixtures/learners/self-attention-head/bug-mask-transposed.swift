import Foundation
import PrimerKit

func selfAttentionHead(_ x: Matrix, wq: Matrix, wk: Matrix, wv: Matrix) -> Matrix {
  let q = matmul(x, wq), k = matmul(x, wk), v = matmul(x, wv)
  var scores = (1 / sqrt(Double(wq.columns))) * matmul(q, k.transposed)
  for i in 0..<scores.rows {
    for j in 0..<scores.columns where j < i { scores[i, j] = -.infinity }
  }
  let maxima = scores.rowMaxima
  var p = Matrix(rows: scores.rows, columns: scores.columns) { i, j in exp(scores[i, j] - maxima[i]) }
  let sums = p.rowSums
  p = Matrix(rows: p.rows, columns: p.columns) { i, j in p[i, j] / sums[i] }
  return matmul(p, v)
}
