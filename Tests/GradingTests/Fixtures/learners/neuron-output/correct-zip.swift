import PrimerKit

func neuron(x: [Double], w: [Double], b: Double) -> Double {
  let z = zip(x, w).map { $0 * $1 }.reduce(0, +) + b
  return z > 0 ? z : 0
}
