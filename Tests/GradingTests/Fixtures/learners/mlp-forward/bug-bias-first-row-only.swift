import PrimerKit

func forward(
  _ x: Matrix, w1: Matrix, b1: [Double], w2: Matrix, b2: [Double]
) -> Matrix {
  var z1 = matmul(x, w1)
  for c in 0..<z1.columns { z1[0, c] += b1[c] }
  let h = z1.map { max($0, 0) }
  var y = matmul(h, w2)
  for c in 0..<y.columns { y[0, c] += b2[c] }
  return y
}
