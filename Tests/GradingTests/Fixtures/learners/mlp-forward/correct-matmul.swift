import PrimerKit

func forward(
  _ x: Matrix, w1: Matrix, b1: [Double], w2: Matrix, b2: [Double]
) -> Matrix {
  let h = matmul(x, w1).addingToEachRow(b1).map { max($0, 0) }
  return matmul(h, w2).addingToEachRow(b2)
}
