import PrimerKit

func neuron(x: [Double], w: [Double], b: Double) -> Double {
  var z = b
  for i in 0..<(x.count - 1) {
    z += x[i] * w[i]
  }
  return max(0, z)
}
