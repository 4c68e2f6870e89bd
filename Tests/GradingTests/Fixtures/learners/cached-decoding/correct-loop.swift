import Foundation
import PrimerKit

func decodeStep(
  query: Matrix, key: Matrix, value: Matrix, keys: Matrix, values: Matrix
) -> (output: Matrix, keys: Matrix, values: Matrix) {
  let K = Matrix(rows: keys.rows + 1, columns: key.columns, storage: keys.storage + key.storage)
  let V = Matrix(
    rows: values.rows + 1, columns: value.columns, storage: values.storage + value.storage)
  let scores = (1 / sqrt(Double(key.columns))) * matmul(query, K.transposed)
  let m = scores.row(0).max()!
  let e = scores.map { exp($0 - m) }
  return (matmul((1 / e.sum) * e, V), K, V)
}

func decodeSequence(q: Matrix, k: Matrix, v: Matrix) -> Matrix {
  var keys = Matrix(rows: 0, columns: k.columns)
  var values = Matrix(rows: 0, columns: v.columns)
  var rows: [[Double]] = []
  for t in 0..<q.rows {
    let step = decodeStep(
      query: Matrix(row: q.row(t)), key: Matrix(row: k.row(t)), value: Matrix(row: v.row(t)),
      keys: keys, values: values)
    keys = step.keys
    values = step.values
    rows.append(step.output.row(0))
  }
  return Matrix(rows)
}
