import Foundation
import PrimerKit

/// σ(z) = ½(1 + tanh(z/2)): never overflows.
func sigmoid(_ x: Matrix) -> Matrix {
  x.map { 0.5 * (1 + tanh($0 / 2)) }
}
