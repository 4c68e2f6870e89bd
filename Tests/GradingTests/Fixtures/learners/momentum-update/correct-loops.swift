import PrimerKit

func momentumUpdate(
  weight: Matrix, gradient: Matrix, velocity: Matrix, learningRate: Double, momentum: Double
) -> (weight: Matrix, velocity: Matrix) {
  var w = weight
  var v = velocity
  for i in v.storage.indices {
    v.storage[i] = momentum * velocity.storage[i] + gradient.storage[i]
    w.storage[i] -= learningRate * v.storage[i]
  }
  return (w, v)
}
