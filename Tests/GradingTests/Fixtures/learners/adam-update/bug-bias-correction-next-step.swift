import Foundation
import PrimerKit

func adamUpdate(
  weight: Matrix, gradient: Matrix, firstMoment: Matrix, secondMoment: Matrix, step: Int,
  learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
) -> (weight: Matrix, firstMoment: Matrix, secondMoment: Matrix) {
  var (w, m, v) = (weight, firstMoment, secondMoment)
  let t = Double(step + 1)
  for i in w.storage.indices {
    let g = gradient.storage[i]
    m.storage[i] = beta1 * m.storage[i] + (1 - beta1) * g
    v.storage[i] = beta2 * v.storage[i] + (1 - beta2) * g * g
    let mHat = m.storage[i] / (1 - pow(beta1, t))
    let vHat = v.storage[i] / (1 - pow(beta2, t))
    w.storage[i] -= learningRate * mHat / (sqrt(vHat) + epsilon)
  }
  return (w, m, v)
}
