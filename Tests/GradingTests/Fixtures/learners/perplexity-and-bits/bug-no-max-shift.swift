import Foundation
import PrimerKit

func evaluation(logits: Matrix, targets: [Int]) -> (perplexity: Double, bits: Double) {
  var total = 0.0
  for r in 0..<logits.rows {
    let s = logits.row(r).map { exp($0) }.reduce(0, +)
    total += log(s) - logits[r, targets[r]]
  }
  let loss = total / Double(logits.rows)
  return (exp(loss), loss / log(2))
}
