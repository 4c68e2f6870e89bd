import Foundation
import PrimerKit

func evaluation(logits: Matrix, targets: [Int]) -> (perplexity: Double, bits: Double) {
  let losses = (0..<logits.rows).map { r -> Double in
    let row = logits.row(r)
    let m = row.max()!
    let logSum = m + log(row.reduce(0) { $0 + exp($1 - m) })
    return logSum - row[targets[r]]
  }
  let loss = losses.reduce(0, +) / Double(losses.count)
  return (exp(loss), loss / log(2))
}
