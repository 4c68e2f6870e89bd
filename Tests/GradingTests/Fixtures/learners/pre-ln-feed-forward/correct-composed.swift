import Foundation
import PrimerKit

func layerNorm(_ x: Matrix, gamma: [Double], beta: [Double]) -> Matrix {
  var y = x
  for r in 0..<x.rows {
    let row = x.row(r)
    let mean = row.reduce(0, +) / Double(row.count)
    let variance = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(row.count)
    let s = 1 / (variance + 1e-5).squareRoot()
    for c in 0..<x.columns { y[r, c] = gamma[c] * (x[r, c] - mean) * s + beta[c] }
  }
  return y
}

func gelu(_ z: Double) -> Double { 0.5 * z * (1 + erf(z / 2.0.squareRoot())) }

func preLNFeedForward(
  _ x: Matrix, gamma: [Double], beta: [Double],
  w1: Matrix, b1: [Double], w2: Matrix, b2: [Double]
) -> Matrix {
  let hidden = matmul(layerNorm(x, gamma: gamma, beta: beta), w1).addingToEachRow(b1).map(gelu)
  return x + matmul(hidden, w2).addingToEachRow(b2)
}
