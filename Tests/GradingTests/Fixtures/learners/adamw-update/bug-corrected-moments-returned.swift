import Foundation
import PrimerKit

func adamWUpdate(
  weight: Matrix, gradient: Matrix,
  firstMoment: Matrix, secondMoment: Matrix, step: Int,
  learningRate: Double, weightDecay: Double,
  beta1: Double, beta2: Double, epsilon: Double
) -> (weight: Matrix, firstMoment: Matrix, secondMoment: Matrix) {
  let m = (beta1 * firstMoment) + ((1 - beta1) * gradient)
  let v = (beta2 * secondMoment) + ((1 - beta2) * gradient.hadamard(gradient))
  let mHat = (1 / (1 - pow(beta1, Double(step)))) * m
  let vHat = (1 / (1 - pow(beta2, Double(step)))) * v
  let adamStep = mHat.zip(vHat) { a, b in a / (sqrt(b) + epsilon) }
  return (weight - learningRate * (adamStep + weightDecay * weight), mHat, vHat)
}
