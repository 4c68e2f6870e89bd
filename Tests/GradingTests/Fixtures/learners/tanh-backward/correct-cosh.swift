import Foundation
import PrimerKit

func tanhBackward(_ x: Matrix, gradOutput: Matrix) -> Matrix {
  x.zip(gradOutput) { z, g in
    let c = cosh(z)
    return c.isInfinite ? 0 : g / (c * c)
  }
}
