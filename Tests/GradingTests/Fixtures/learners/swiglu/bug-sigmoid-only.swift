import Foundation
import PrimerKit

func swiglu(_ x: Matrix, w: Matrix, v: Matrix, w2: Matrix) -> Matrix {
  let gate = matmul(x, w).map { 1 / (1 + exp(-$0)) }
  return matmul(gate.hadamard(matmul(x, v)), w2)
}
