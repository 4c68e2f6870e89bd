import Foundation
import PrimerKit

func rmsNorm(_ x: Matrix, gamma: [Double], epsilon: Double) -> Matrix {
  Matrix(x.rowArrays.map { row in
    let meanSquare = row.map { $0 * $0 }.reduce(0, +) / Double(row.count)
    let inverse = 1 / (meanSquare + epsilon).squareRoot()
    return zip(row, gamma).map { $0 * inverse * $1 }
  })
}
