import PrimerKit

func momentumUpdate(
  weight: Matrix, gradient: Matrix, velocity: Matrix, learningRate: Double, momentum: Double
) -> (weight: Matrix, velocity: Matrix) {
  let newVelocity = 0.9 * velocity + gradient
  return (weight - learningRate * newVelocity, newVelocity)
}
