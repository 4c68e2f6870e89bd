import Foundation
import PrimerKit

func evaluation(logits: Matrix, targets: [Int]) -> (perplexity: Double, bits: Double) {
  var loss = 0.0
  for r in 0..<logits.rows {
    let m = logits.row(r).max()!
    let s = logits.row(r).map { exp($0 - m) }.reduce(0, +)
    loss += m + log(s) - logits[r, targets[r]]
  }
  return (exp(loss), loss / log(2))
}
