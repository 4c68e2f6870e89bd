/// The matrix product `a·b`.
///
/// `(a·b)ᵢⱼ = Σₖ aᵢₖ bₖⱼ`.
///
/// Computed by `matmulFast`, which does exactly the arithmetic of three plain loops (same
/// order, so the same bits) without bounds checks; a test holds it equal to those loops,
/// `matmulPlain` in `Tests/TestSupport`.
///
/// - Parameters:
///   - a: an `[n, k]` matrix.
///   - b: a `[k, m]` matrix.
/// - Returns: the `[n, m]` product. An empty inner dimension (`k = 0`) gives zeros.
public func matmul(_ a: Matrix, _ b: Matrix) -> Matrix {
  precondition(
    a.columns == b.rows,
    "matmul: inner dimensions differ: \(a.shape) · \(b.shape) needs \(a.columns) == \(b.rows)")
  return matmulFast(a, b)
}

/// Fast path of `matmul`: the plain loops (`matmulPlain`) over raw buffers, one row of the result
/// and one row of `b` at a time.
func matmulFast(_ a: Matrix, _ b: Matrix) -> Matrix {
  let (n, inner, m) = (a.rows, a.columns, b.columns)
  var result = [Double](repeating: 0, count: n * m)
  guard n > 0, inner > 0, m > 0 else { return Matrix(rows: n, columns: m, storage: result) }
  a.storage.withUnsafeBufferPointer { a in
    b.storage.withUnsafeBufferPointer { b in
      result.withUnsafeMutableBufferPointer { c in
        for i in 0..<n {
          let cRow = c.baseAddress! + i * m
          for k in 0..<inner {
            let aik = a[i * inner + k]
            let bRow = b.baseAddress! + k * m
            for j in 0..<m { cRow[j] += aik * bRow[j] }
          }
        }
      }
    }
  }
  return Matrix(rows: n, columns: m, storage: result)
}

extension Matrix {
  /// The transpose `Aᵀ`: element `(r, c)` of the result is element `(c, r)` of `self`.
  public var transposed: Matrix {
    Matrix(rows: columns, columns: rows) { r, c in self.storage[c * self.columns + r] }
  }

  /// The sum of each row: a vector of length `rows`.
  public var rowSums: [Double] {
    (0..<rows).map { r in (0..<columns).reduce(0.0) { $0 + storage[r * columns + $1] } }
  }

  /// The sum of each column: a vector of length `columns` (used to sum a bias gradient
  /// over the batch).
  public var columnSums: [Double] {
    var sums = Array(repeating: 0.0, count: columns)
    for r in 0..<rows {
      for c in 0..<columns { sums[c] += storage[r * columns + c] }
    }
    return sums
  }

  /// The largest element of each row (`-∞` for an empty row; NaN if the row holds a NaN).
  public var rowMaxima: [Double] {
    (0..<rows).map { r in
      var best = -Double.infinity
      for c in 0..<columns {
        let value = storage[r * columns + c]
        if value.isNaN { return .nan }
        best = Swift.max(best, value)
      }
      return best
    }
  }

  /// The sum of all elements.
  public var sum: Double { storage.reduce(0, +) }

  /// The mean of all elements.
  public var mean: Double {
    precondition(!storage.isEmpty, "The mean of an empty matrix is undefined")
    return sum / Double(storage.count)
  }
}

/// Element-wise sum of two matrices of the same shape.
public func + (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.zip(rhs, +) }
/// Element-wise difference of two matrices of the same shape.
public func - (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.zip(rhs, -) }
/// Every element multiplied by `scalar`.
public func * (scalar: Double, matrix: Matrix) -> Matrix { matrix.map { scalar * $0 } }

extension Matrix {
  /// Adds `vector` to every row (broadcasting a bias of length `columns`).
  public func addingToEachRow(_ vector: [Double]) -> Matrix {
    precondition(
      vector.count == columns,
      "Cannot add a vector of length \(vector.count) to rows of length \(columns)")
    var result = self
    for r in 0..<rows {
      for c in 0..<columns { result.storage[r * columns + c] += vector[c] }
    }
    return result
  }

  /// The element-wise (Hadamard) product `self ⊙ other`.
  public func hadamard(_ other: Matrix) -> Matrix { zip(other, *) }
}
