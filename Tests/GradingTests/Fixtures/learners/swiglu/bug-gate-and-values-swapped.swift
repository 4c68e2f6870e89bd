import Foundation
import PrimerKit

func swiglu(_ x: Matrix, w: Matrix, v: Matrix, w2: Matrix) -> Matrix {
  let gate = matmul(x, w)
  let values = matmul(x, v).map { $0 / (1 + exp(-$0)) }
  return matmul(gate.hadamard(values), w2)
}
