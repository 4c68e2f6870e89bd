import Foundation
import PrimerKit

func layerNormGradients(
  _ x: Matrix, gamma: [Double], gradOutput: Matrix
) -> (dx: Matrix, dGamma: [Double], dBeta: [Double]) {
  let epsilon = 1e-5
  // Through the variance and the mean step by step, as a computation graph would.
  let n = Double(x.columns)
  var dx = Matrix(rows: x.rows, columns: x.columns)
  var dGamma = [Double](repeating: 0, count: x.columns)
  var dBeta = [Double](repeating: 0, count: x.columns)
  for r in 0..<x.rows {
    let row = x.row(r)
    let mean = row.reduce(0, +) / n
    let centred = row.map { $0 - mean }
    let variance = centred.map { $0 * $0 }.reduce(0, +) / n
    let std = (variance + epsilon).squareRoot()
    var dXHat = [Double](repeating: 0, count: row.count)
    for c in row.indices {
      dXHat[c] = gradOutput[r, c] * gamma[c]
      dGamma[c] += gradOutput[r, c] * centred[c] / std
      dBeta[c] += gradOutput[r, c]
    }
    let dVariance = zip(dXHat, centred).map { $0 * $1 }.reduce(0, +) * -0.5 * pow(variance + epsilon, -1.5)
    let dMean = -dXHat.reduce(0, +) / std - 2 * dVariance * centred.reduce(0, +) / n
    for c in row.indices {
      dx[r, c] = dXHat[c] / std + dVariance * 2 * centred[c] / n + dMean / n
    }
  }
  return (dx, dGamma, dBeta)
}
