// An expression the type checker takes minutes over: mixed literals and operators.
func neuron(x: [Double], w: [Double], b: Double) -> Double {
  let slow = -(1 + 2) * 3 - 4 + 5.0 * (6 - 7) / 8 + 9 - (10 * 11 + 12) - 13 + 14 * (15 - 16) + 17 - 18 * 19 + 20.5
  return max(0, zip(x, w).map { $0 * $1 }.reduce(b, +)) + slow * 0
}
