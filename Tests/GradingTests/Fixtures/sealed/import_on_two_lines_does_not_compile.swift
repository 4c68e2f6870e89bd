import PrimerKit
import
  Reference

func neuron(x: [Double], w: [Double], b: Double) -> Double {
  Reference.relu(zip(x, w).map { $0 * $1 }.reduce(b, +))
}
