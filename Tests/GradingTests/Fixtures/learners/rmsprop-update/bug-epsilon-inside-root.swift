import Foundation
import PrimerKit

func rmspropUpdate(
  weight: Matrix, gradient: Matrix, meanSquare: Matrix, learningRate: Double, rho: Double,
  epsilon: Double
) -> (weight: Matrix, meanSquare: Matrix) {
  let v = rho * meanSquare + (1 - rho) * gradient.hadamard(gradient)
  let step = gradient.zip(v) { g, v in g / (v + epsilon).squareRoot() }
  return (weight - learningRate * step, v)
}
