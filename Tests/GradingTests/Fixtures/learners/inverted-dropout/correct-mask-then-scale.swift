import PrimerKit

func dropout(_ x: Matrix, draws: Matrix, rate: Double) -> Matrix {
  var mask = Matrix(rows: x.rows, columns: x.columns)
  for i in 0..<draws.storage.count where draws.storage[i] >= rate { mask.storage[i] = 1 }
  return (1 / (1 - rate)) * x.hadamard(mask)
}
