import Foundation
import PrimerKit

func layerNormRows(_ x: Matrix, gamma: [Double], beta: [Double], epsilon: Double) -> Matrix {
  var y = x
  for r in 0..<x.rows {
    let row = x.row(r)
    let n = Double(row.count)
    let mean = row.reduce(0, +) / n
    let centered = row.map { $0 - mean }
    let variance = centered.map { $0 * $0 }.reduce(0, +) / n
    let deviation = sqrt(variance + epsilon)
    for c in row.indices { y[r, c] = gamma[c] * centered[c] / deviation + beta[c] }
  }
  return y
}
