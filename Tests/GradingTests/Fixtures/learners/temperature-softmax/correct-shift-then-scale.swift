import Foundation
import PrimerKit

func softmaxWithTemperature(_ logits: Matrix, temperature: Double) -> Matrix {
  var result = logits
  for r in 0..<logits.rows {
    let row = logits.row(r)
    let m = row.max()!
    let e = row.map { exp(($0 - m) / temperature) }
    let total = e.reduce(0, +)
    for c in row.indices { result[r, c] = e[c] / total }
  }
  return result
}
