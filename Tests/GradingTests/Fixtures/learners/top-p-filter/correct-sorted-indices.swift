import Foundation
import PrimerKit

func softmax(_ logits: Matrix) -> Matrix {
  var result = logits
  for r in 0..<logits.rows {
    let largest = logits.row(r).max()!
    var total = 0.0
    for c in 0..<logits.columns {
      result[r, c] = exp(logits[r, c] - largest)
      total += result[r, c]
    }
    for c in 0..<logits.columns { result[r, c] /= total }
  }
  return result
}

func topPProbabilities(_ logits: Matrix, p: Double) -> Matrix {
  let probabilities = softmax(logits)
  var result = Matrix(rows: logits.rows, columns: logits.columns)
  for r in 0..<logits.rows {
    let row = probabilities.row(r)
    let order = row.indices.sorted { a, b in row[a] != row[b] ? row[a] > row[b] : a < b }
    var kept: [Int] = []
    var mass = 0.0
    for c in order {
      kept.append(c)
      mass += row[c]
      if mass >= p { break }
    }
    for c in kept { result[r, c] = row[c] / mass }
  }
  return result
}
