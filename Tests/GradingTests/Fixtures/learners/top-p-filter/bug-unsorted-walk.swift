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

func topPProbabilities(_ logits: Matrix, p: Double) -> Matrix {
  let probabilities = softmax(logits)
  var result = Matrix(rows: logits.rows, columns: logits.columns)
  for r in 0..<logits.rows {
    // keep tokens, most probable first, until the mass reaches p
    let cutoff = probabilities.row(r).sorted(by: >)
    var mass = 0.0
    var smallest = 1.0
    for q in cutoff where mass < p {
      mass += q
      smallest = q
    }
    for c in 0..<logits.columns where probabilities[r, c] >= smallest {
      result[r, c] = probabilities[r, c] / mass
    }
  }
  return result
}
