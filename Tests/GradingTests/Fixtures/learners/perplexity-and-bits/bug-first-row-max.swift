import Foundation
import PrimerKit

func evaluation(logits: Matrix, targets: [Int]) -> (perplexity: Double, bits: Double) {
  let m = logits.row(0).max()!
  var total = 0.0
  for r in 0..<logits.rows {
    let s = logits.row(r).map { exp($0 - m) }.reduce(0, +)
    total += m + log(s) - logits[r, targets[r]]
  }
  let loss = total / Double(logits.rows)
  return (exp(loss), loss / log(2))
}
