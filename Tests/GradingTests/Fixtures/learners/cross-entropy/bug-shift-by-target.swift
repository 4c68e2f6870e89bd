import Foundation
import PrimerKit

func crossEntropy(logits: Matrix, targets: [Int]) -> Double {
  var total = 0.0
  for r in 0..<logits.rows {
    let shift = logits[r, targets[r]]
    var sum = 0.0
    for c in 0..<logits.columns { sum += exp(logits[r, c] - shift) }
    total += log(sum)
  }
  return total / Double(logits.rows)
}
