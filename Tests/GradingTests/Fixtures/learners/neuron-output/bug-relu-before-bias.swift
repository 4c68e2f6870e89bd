import PrimerKit

func neuron(x: [Double], w: [Double], b: Double) -> Double {
  var z = 0.0
  for i in x.indices {
    z += x[i] * w[i]
  }
  return max(0, z) + b
}
