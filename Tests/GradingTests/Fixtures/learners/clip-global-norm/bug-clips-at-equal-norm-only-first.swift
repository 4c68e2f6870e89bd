import Foundation
import PrimerKit

/// Computes the norm of the first matrix only.
func clipByGlobalNorm(_ gradients: [Matrix], maxNorm: Double) -> [Matrix] {
  let norm = gradients[0].storage.map { $0 * $0 }.reduce(0, +).squareRoot()
  guard norm > maxNorm else { return gradients }
  return gradients.map { (maxNorm / norm) * $0 }
}
