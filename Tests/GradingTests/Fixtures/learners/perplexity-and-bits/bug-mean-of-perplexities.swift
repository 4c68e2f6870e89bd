import Foundation
import PrimerKit

func evaluation(logits: Matrix, targets: [Int]) -> (perplexity: Double, bits: Double) {
  var perplexity = 0.0
  var bits = 0.0
  for r in 0..<logits.rows {
    let m = logits.row(r).max()!
    let s = logits.row(r).map { exp($0 - m) }.reduce(0, +)
    let loss = m + log(s) - logits[r, targets[r]]
    perplexity += exp(loss) / Double(logits.rows)
    bits += loss / log(2) / Double(logits.rows)
  }
  return (perplexity, bits)
}
