import PrimerKit
import/**/Checks
import/**/Reference

func neuron(x: [Double], w: [Double], b: Double) -> Double {
  relu(zip(x, w).map { $0 * $1 }.reduce(b, +))
}
