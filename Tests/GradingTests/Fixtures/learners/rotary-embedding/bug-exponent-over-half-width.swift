import Foundation
import PrimerKit

func rotaryEmbedding(_ x: Matrix, base: Double, offset: Int) -> Matrix {
  var y = x
  let half = x.columns / 2
  for r in 0..<x.rows {
    for i in 0..<half {
      // i counts pairs, so divide by the number of pairs
      let angle = Double(offset + r) * pow(base, -Double(i) / Double(half - 1 > 0 ? half - 1 : 1))
      let (a, b) = (x[r, 2 * i], x[r, 2 * i + 1])
      y[r, 2 * i] = a * cos(angle) - b * sin(angle)
      y[r, 2 * i + 1] = a * sin(angle) + b * cos(angle)
    }
  }
  return y
}
