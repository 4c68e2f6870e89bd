import Foundation
import PrimerKit

/// e^z/(1 + e^z): ∞/∞ = NaN once z passes about 710.
func sigmoid(_ x: Matrix) -> Matrix {
  x.map { exp($0) / (1 + exp($0)) }
}
