import Foundation
import PrimerKit

func rotaryEmbedding(_ x: Matrix, base: Double, offset: Int) -> Matrix {
  let half = x.columns / 2
  // θᵢ = exp(−2i/d · ln base)
  let frequencies = (0..<half).map { exp(-Double(2 * $0) / Double(x.columns) * log(base)) }
  return Matrix(rows: x.rows, columns: x.columns) { r, c in
    let i = c / 2
    let angle = Double(offset + r) * frequencies[i]
    let first = x[r, 2 * i], second = x[r, 2 * i + 1]
    return c % 2 == 0
      ? first * cos(angle) - second * sin(angle)
      : first * sin(angle) + second * cos(angle)
  }
}
