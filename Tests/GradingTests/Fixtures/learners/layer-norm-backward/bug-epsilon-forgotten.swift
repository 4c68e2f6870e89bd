import Foundation
import PrimerKit

func layerNormGradients(
  _ x: Matrix, gamma: [Double], gradOutput: Matrix
) -> (dx: Matrix, dGamma: [Double], dBeta: [Double]) {
  let epsilon = 1e-5
  _ = epsilon
  let n = Double(x.columns)
  var dx = Matrix(rows: x.rows, columns: x.columns)
  var dGamma = [Double](repeating: 0, count: x.columns)
  var dBeta = [Double](repeating: 0, count: x.columns)
  for r in 0..<x.rows {
    let row = x.row(r)
    let mean = row.reduce(0, +) / n
    let variance = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n
    let s = 1 / variance.squareRoot()
    let xHat = row.map { ($0 - mean) * s }
    let g = (0..<x.columns).map { gradOutput[r, $0] * gamma[$0] }
    let meanG = g.reduce(0, +) / n
    let meanGX = zip(g, xHat).map(*).reduce(0, +) / n
    for c in 0..<x.columns {
      dx[r, c] = s * (g[c] - meanG - xHat[c] * meanGX)
      dGamma[c] += gradOutput[r, c] * xHat[c]
      dBeta[c] += gradOutput[r, c]
    }
  }
  return (dx, dGamma, dBeta)
}
