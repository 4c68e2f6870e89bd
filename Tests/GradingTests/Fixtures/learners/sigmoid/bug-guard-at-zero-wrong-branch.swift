import Foundation
import PrimerKit

/// Swaps the branches: exp(−z) for negative z overflows.
func sigmoid(_ x: Matrix) -> Matrix {
  x.map { z in
    if z < 0 { return 1 / (1 + exp(-z)) }
    let e = exp(z)
    return e / (1 + e)
  }
}
