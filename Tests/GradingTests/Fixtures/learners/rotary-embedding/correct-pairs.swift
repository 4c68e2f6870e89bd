import Foundation
import PrimerKit

func rotaryEmbedding(_ x: Matrix, base: Double, offset: Int) -> Matrix {
  var y = x
  let d = x.columns
  for r in 0..<x.rows {
    let position = Double(offset + r)
    for i in stride(from: 0, to: d, by: 2) {
      let theta = 1 / pow(base, Double(i) / Double(d))
      let (c, s) = (cos(position * theta), sin(position * theta))
      let (a, b) = (x[r, i], x[r, i + 1])
      y[r, i] = a * c - b * s
      y[r, i + 1] = a * s + b * c
    }
  }
  return y
}
