import Foundation
import PrimerKit

// Each row attends over the first t + 1 keys and values, which is what the cache holds then.
func decodeSequence(q: Matrix, k: Matrix, v: Matrix) -> Matrix {
  var out = Matrix(rows: q.rows, columns: v.columns)
  let scale = 1 / Double(k.columns).squareRoot()
  for t in 0..<q.rows {
    var scores = [Double](repeating: 0, count: t + 1)
    for j in 0...t {
      for c in 0..<k.columns { scores[j] += q[t, c] * k[j, c] }
      scores[j] *= scale
    }
    let m = scores.max()!
    let e = scores.map { exp($0 - m) }
    let total = e.reduce(0, +)
    for j in 0...t {
      for c in 0..<v.columns { out[t, c] += e[j] / total * v[j, c] }
    }
  }
  return out
}
