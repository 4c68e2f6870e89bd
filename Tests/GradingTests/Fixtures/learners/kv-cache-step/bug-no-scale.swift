import Foundation
import PrimerKit

func decodeStep(
  query: Matrix, key: Matrix, value: Matrix, keys: Matrix, values: Matrix
) -> (output: Matrix, keys: Matrix, values: Matrix) {
  let K = Matrix(rows: keys.rows + 1, columns: key.columns, storage: keys.storage + key.storage)
  let V = Matrix(
    rows: values.rows + 1, columns: value.columns, storage: values.storage + value.storage)
  let scores = matmul(query, K.transposed)
  let m = scores.row(0).max()!
  let e = scores.map { exp($0 - m) }
  return (matmul((1 / e.sum) * e, V), K, V)
}
