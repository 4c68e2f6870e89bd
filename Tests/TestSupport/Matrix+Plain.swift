import PrimerKit

/// The plain twin of `matmul`: three loops, row by row, adding `aᵢₖ·bₖⱼ` into `cᵢⱼ`.
public func matmulPlain(_ a: Matrix, _ b: Matrix) -> Matrix {
  var result = Matrix(rows: a.rows, columns: b.columns)
  for i in 0..<a.rows {
    for k in 0..<a.columns {
      let aik = a.storage[i * a.columns + k]
      for j in 0..<b.columns {
        result.storage[i * b.columns + j] += aik * b.storage[k * b.columns + j]
      }
    }
  }
  return result
}
