// Crashes on the first call: the check that was running is named.
func neuron(x: [Double], w: [Double], b: Double) -> Double {
  x[x.count + 1]
}
