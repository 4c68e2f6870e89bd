import Foundation
import PrimerKit

func rotaryEmbedding(_ x: Matrix, base: Double, offset: Int) -> Matrix {
  var y = x
  let d = x.columns
  for r in 0..<x.rows {
    for i in 0..<(d / 2) {
      let angle = Double(offset + r) * pow(base, -2 * Double(i) / Double(d))
      y[r, 2 * i] = y[r, 2 * i] * cos(angle) - y[r, 2 * i + 1] * sin(angle)
      y[r, 2 * i + 1] = y[r, 2 * i] * sin(angle) + y[r, 2 * i + 1] * cos(angle)
    }
  }
  return y
}
