import Foundation
import PrimerKit

func decodeStep(
  query: Matrix, key: Matrix, value: Matrix, keys: Matrix, values: Matrix
) -> (output: Matrix, keys: Matrix, values: Matrix) {
  let newKeys = Matrix(keys.rowArrays + key.rowArrays)
  let newValues = Matrix(values.rowArrays + value.rowArrays)
  let scores = (1 / sqrt(Double(key.columns))) * matmul(query, newKeys.transposed)
  let m = scores.row(0).max()!
  let e = scores.map { exp($0 - m) }
  let weights = (1 / e.sum) * e
  return (matmul(weights, newValues), newKeys, newValues)
}
