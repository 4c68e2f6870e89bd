import PrimerKit

func dropout(_ x: Matrix, draws: Matrix, rate: Double) -> Matrix {
  var y = Matrix(rows: x.rows, columns: x.columns)
  for i in 0..<x.storage.count {
    // draws read column by column
    let u = draws.storage[(i % x.columns) * x.rows + i / x.columns]
    if u >= rate { y.storage[i] = x.storage[i] / (1 - rate) }
  }
  return y
}
