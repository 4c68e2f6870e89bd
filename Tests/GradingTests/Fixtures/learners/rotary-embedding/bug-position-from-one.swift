import Foundation
import PrimerKit

func rotaryEmbedding(_ x: Matrix, base: Double, offset: Int) -> Matrix {
  var y = x
  let d = x.columns
  for r in 0..<x.rows {
    let position = Double(offset + r + 1)
    for i in 0..<(d / 2) {
      let angle = position * pow(base, -2 * Double(i) / Double(d))
      let (a, b) = (x[r, 2 * i], x[r, 2 * i + 1])
      y[r, 2 * i] = a * cos(angle) - b * sin(angle)
      y[r, 2 * i + 1] = a * sin(angle) + b * cos(angle)
    }
  }
  return y
}
