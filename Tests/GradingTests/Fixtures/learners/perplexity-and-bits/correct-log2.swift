import Foundation
import PrimerKit

func evaluation(logits: Matrix, targets: [Int]) -> (perplexity: Double, bits: Double) {
  var bitsTotal = 0.0
  for r in 0..<logits.rows {
    let m = logits.row(r).max()!
    var s = 0.0
    for c in 0..<logits.columns { s += exp(logits[r, c] - m) }
    // −log₂ p(target), directly in bits
    bitsTotal += log2(s) - (logits[r, targets[r]] - m) / log(2)
  }
  let bits = bitsTotal / Double(logits.rows)
  return (pow(2, bits), bits)
}
