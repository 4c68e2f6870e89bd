import Foundation
import PrimerKit

func softmax(_ logits: Matrix) -> Matrix {
  var result = logits
  for r in 0..<logits.rows {
    let largest = logits.row(r).max()!
    var total = 0.0
    for c in 0..<logits.columns {
      result[r, c] = exp(logits[r, c] - largest)
      total += result[r, c]
    }
    for c in 0..<logits.columns { result[r, c] /= total }
  }
  return result
}

// Repeatedly take the most probable token not yet taken (the lowest index on ties).
func topPProbabilities(_ logits: Matrix, p: Double) -> Matrix {
  let probabilities = softmax(logits)
  var result = Matrix(rows: logits.rows, columns: logits.columns)
  for r in 0..<logits.rows {
    var taken = [Bool](repeating: false, count: logits.columns)
    var mass = 0.0
    while mass < p {
      var best = -1
      for c in 0..<logits.columns where !taken[c] {
        if best < 0 || probabilities[r, c] > probabilities[r, best] { best = c }
      }
      if best < 0 { break }
      taken[best] = true
      mass += probabilities[r, best]
    }
    for c in 0..<logits.columns where taken[c] { result[r, c] = probabilities[r, c] / mass }
  }
  return result
}
