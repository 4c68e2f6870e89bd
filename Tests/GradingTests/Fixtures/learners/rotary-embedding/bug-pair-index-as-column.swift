import Foundation
import PrimerKit

func rotaryEmbedding(_ x: Matrix, base: Double, offset: Int) -> Matrix {
  var y = x
  let d = x.columns
  for r in 0..<x.rows {
    for c in stride(from: 0, to: d, by: 2) {
      // θ = base^(−2i/d), with i the column
      let angle = Double(offset + r) * pow(base, -2 * Double(c) / Double(d))
      let (a, b) = (x[r, c], x[r, c + 1])
      y[r, c] = a * cos(angle) - b * sin(angle)
      y[r, c + 1] = a * sin(angle) + b * cos(angle)
    }
  }
  return y
}
