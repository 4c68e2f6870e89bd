import Foundation
import PrimerKit

func crossEntropy(logits: Matrix, targets: [Int]) -> Double {
  var losses: [Double] = []
  for (r, target) in targets.enumerated() {
    let row = logits.row(r)
    let m = row.max()!
    let lse = m + log(row.map { exp($0 - m) }.reduce(0, +))
    losses.append(lse - row[target])
  }
  return losses.reduce(0, +) / Double(losses.count)
}
