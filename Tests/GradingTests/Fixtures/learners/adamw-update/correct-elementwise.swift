import Foundation
import PrimerKit

func adamWUpdate(
  weight: Matrix, gradient: Matrix,
  firstMoment: Matrix, secondMoment: Matrix, step: Int,
  learningRate: Double, weightDecay: Double,
  beta1: Double, beta2: Double, epsilon: Double
) -> (weight: Matrix, firstMoment: Matrix, secondMoment: Matrix) {
  var w = weight, m = firstMoment, v = secondMoment
  let c1 = 1 - pow(beta1, Double(step)), c2 = 1 - pow(beta2, Double(step))
  for i in 0..<w.storage.count {
    let g = gradient.storage[i]
    m.storage[i] = beta1 * m.storage[i] + (1 - beta1) * g
    v.storage[i] = beta2 * v.storage[i] + (1 - beta2) * g * g
    let mHat = m.storage[i] / c1, vHat = v.storage[i] / c2
    w.storage[i] -= learningRate * (mHat / (vHat.squareRoot() + epsilon) + weightDecay * weight.storage[i])
  }
  return (w, m, v)
}
