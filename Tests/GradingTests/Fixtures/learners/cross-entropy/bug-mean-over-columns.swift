import Foundation
import PrimerKit

func crossEntropy(logits: Matrix, targets: [Int]) -> Double {
  let maxima = logits.rowMaxima
  var total = 0.0
  for r in 0..<logits.rows {
    var sum = 0.0
    for c in 0..<logits.columns { sum += exp(logits[r, c] - maxima[r]) }
    total += maxima[r] + log(sum) - logits[r, targets[r]]
  }
  return total / Double(logits.columns)
}
