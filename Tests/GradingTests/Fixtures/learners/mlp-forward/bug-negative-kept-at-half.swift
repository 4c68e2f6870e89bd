import PrimerKit

// ReLU written as the average of z and |z|, but with the sign of |z| wrong
func forward(
  _ x: Matrix, w1: Matrix, b1: [Double], w2: Matrix, b2: [Double]
) -> Matrix {
  let h = matmul(x, w1).addingToEachRow(b1).map { ($0 - abs($0)) / 2 }
  return matmul(h, w2).addingToEachRow(b2)
}
