import Foundation
import PrimerKit

func causalWeights(_ scores: Matrix) -> Matrix {
  let maxima = scores.rowMaxima
  var weights = Matrix(rows: scores.rows, columns: scores.columns)
  for i in 0..<scores.rows {
    var total = 0.0
    for j in 0...i {
      weights[i, j] = exp(scores[i, j] - maxima[i])
      total += weights[i, j]
    }
    for j in 0...i { weights[i, j] /= total }
  }
  return weights
}
