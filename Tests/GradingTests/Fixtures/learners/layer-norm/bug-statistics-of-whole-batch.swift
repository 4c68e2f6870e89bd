import Foundation
import PrimerKit

func layerNormRows(_ x: Matrix, gamma: [Double], beta: [Double], epsilon: Double) -> Matrix {
  let n = Double(x.storage.count)
  let mean = x.storage.reduce(0, +) / n
  let variance = x.storage.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n
  var y = x
  for r in 0..<x.rows {
    for c in 0..<x.columns {
      y[r, c] = gamma[c] * (x[r, c] - mean) / sqrt(variance + epsilon) + beta[c]
    }
  }
  return y
}
