import Foundation
import PrimerKit

func gelu(_ x: Matrix) -> Matrix {
  x.map { v in v * 0.5 * (1 + erf(v / 2)) }
}
