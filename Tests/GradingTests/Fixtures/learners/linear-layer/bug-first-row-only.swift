import PrimerKit

func linear(_ x: Matrix, _ w: Matrix, _ b: [Double]) -> Matrix {
  var y = Matrix(rows: 1, columns: w.columns)
  for c in 0..<w.columns {
    var sum = b[c]
    for k in 0..<x.columns { sum += x[0, k] * w[k, c] }
    y[0, c] = sum
  }
  return y
}
