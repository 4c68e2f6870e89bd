import Foundation
import PrimerKit

func swiglu(_ x: Matrix, w: Matrix, v: Matrix, w2: Matrix) -> Matrix {
  let hidden = matmul(x, w).hadamard(matmul(x, v)).map { $0 / (1 + exp(-$0)) }
  return matmul(hidden, w2)
}
