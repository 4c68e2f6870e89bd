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
    // ascending, then walk from the most probable end
    let order = Array(row.indices.sorted { row[$0] < row[$1] }.reversed())
    var mass = 0.0
    var kept: [Int] = []
    for c in order where mass < p {
      mass += row[c]
      kept.append(c)
    }
    for c in kept { result[r, c] = row[c] / mass }
  }
  return result
}
