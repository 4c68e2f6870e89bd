import Foundation
import PrimerKit

/// Fills the pairs of columns but drops the last column of an odd width.
func sinusoidalEncoding(length: Int, dModel: Int) -> Matrix {
  var encoding = Matrix(rows: length, columns: dModel)
  for position in 0..<length {
    for i in 0..<(dModel / 2) {
      let angle = Double(position) / pow(10000, Double(2 * i) / Double(dModel))
      encoding[position, 2 * i] = sin(angle)
      encoding[position, 2 * i + 1] = cos(angle)
    }
  }
  return encoding
}
