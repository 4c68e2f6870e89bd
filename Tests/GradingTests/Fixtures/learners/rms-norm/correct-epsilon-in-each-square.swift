import Foundation
import PrimerKit

// ε added to each square: the mean then holds it once
func rmsNorm(_ x: Matrix, gamma: [Double], epsilon: Double) -> Matrix {
  Matrix(x.rowArrays.map { row in
    let sumSquares = row.map { $0 * $0 + epsilon }.reduce(0, +)
    let root = (sumSquares / Double(row.count)).squareRoot()
    return zip(row, gamma).map { $1 * $0 / root }
  })
}
