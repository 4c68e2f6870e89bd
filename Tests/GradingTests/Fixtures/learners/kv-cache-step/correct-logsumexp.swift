import Foundation
import PrimerKit

func decodeStep(
  query: Matrix, key: Matrix, value: Matrix, keys: Matrix, values: Matrix
) -> (output: Matrix, keys: Matrix, values: Matrix) {
  let K = Matrix(rows: keys.rows + 1, columns: key.columns, storage: keys.storage + key.storage)
  let V = Matrix(
    rows: values.rows + 1, columns: value.columns, storage: values.storage + value.storage)
  let scale = 1 / Double(query.columns).squareRoot()
  var scores: [Double] = []
  for j in 0..<K.rows {
    var dot = 0.0
    for c in 0..<query.columns { dot += query[0, c] * K[j, c] }
    scores.append(dot * scale)
  }
  let m = scores.max()!
  let logZ = m + log(scores.map { exp($0 - m) }.reduce(0, +))
  var output = Matrix(rows: 1, columns: V.columns)
  for j in 0..<V.rows {
    let w = exp(scores[j] - logZ)
    for c in 0..<V.columns { output[0, c] += w * V[j, c] }
  }
  return (output, K, V)
}
