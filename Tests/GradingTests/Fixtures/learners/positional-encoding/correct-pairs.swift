import Foundation
import PrimerKit

func sinusoidalEncoding(length: Int, dModel: Int) -> Matrix {
  var encoding = Matrix(rows: length, columns: dModel)
  for position in 0..<length {
    for i in stride(from: 0, to: dModel, by: 2) {
      let angle = Double(position) * exp(-log(10000.0) * Double(i) / Double(dModel))
      encoding[position, i] = sin(angle)
      if i + 1 < dModel { encoding[position, i + 1] = cos(angle) }
    }
  }
  return encoding
}
