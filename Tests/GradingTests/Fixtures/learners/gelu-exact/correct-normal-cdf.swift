import Foundation
import PrimerKit

func gelu(_ x: Matrix) -> Matrix {
  x.map { v in v * 0.5 * erfc(-v / sqrt(2)) }
}
