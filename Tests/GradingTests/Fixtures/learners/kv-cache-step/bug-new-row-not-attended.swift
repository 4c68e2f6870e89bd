import Foundation
import PrimerKit

func decodeStep(
  query: Matrix, key: Matrix, value: Matrix, keys: Matrix, values: Matrix
) -> (output: Matrix, keys: Matrix, values: Matrix) {
  let newKeys = Matrix(rows: keys.rows + 1, columns: key.columns, storage: keys.storage + key.storage)
  let newValues = Matrix(
    rows: values.rows + 1, columns: value.columns, storage: values.storage + value.storage)
  // attend over what the cache held, then store the new row for the next step
  let K = keys.rows == 0 ? newKeys : keys
  let V = values.rows == 0 ? newValues : values
  let scores = (1 / sqrt(Double(key.columns))) * matmul(query, K.transposed)
  let m = scores.row(0).max()!
  let e = scores.map { exp($0 - m) }
  return (matmul((1 / e.sum) * e, V), newKeys, newValues)
}
