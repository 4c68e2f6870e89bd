import PrimerKit

func linear(_ x: Matrix, _ w: Matrix, _ b: [Double]) -> Matrix {
  var y = matmul(x, w)
  for r in 0..<y.rows {
    for c in 0..<y.columns { y[r, c] += b[c] }
  }
  return y
}
