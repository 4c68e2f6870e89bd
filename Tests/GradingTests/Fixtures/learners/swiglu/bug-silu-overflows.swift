import Foundation
import PrimerKit

func swiglu(_ x: Matrix, w: Matrix, v: Matrix, w2: Matrix) -> Matrix {
  // silu(z) = z·eᶻ/(1 + eᶻ)
  let gate = matmul(x, w).map { $0 * exp($0) / (1 + exp($0)) }
  return matmul(gate.hadamard(matmul(x, v)), w2)
}
