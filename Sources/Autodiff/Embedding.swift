/// Looks up rows of an embedding table: row `r` of the result is row `indices[r]` of `table`.
///
/// Backward: the gradient of each result row is added into the table row it came from
/// (`∂L/∂table[indices[r]] += ∂L/∂out[r]`; a row looked up twice collects both).
///
/// - Parameters:
///   - table: `[vocabulary, C]`.
///   - indices: row numbers in `0..<vocabulary`.
/// - Returns: `[indices.count, C]`.
@inlinable
public func embedding<Scalar: TensorScalar>(_ table: Tensor<Scalar>, _ indices: [Int])
  -> Tensor<Scalar>
{
  let width = table.columns
  var out = [Scalar](unspecified: indices.count * width)
  table.value.withUnsafeBufferPointer { tv in
    out.withUnsafeMutableBufferPointer { o in
      for (r, index) in indices.enumerated() {
        precondition(
          index >= 0 && index < table.rows,
          "embedding: index \(index) outside the table's \(table.rows) rows")
        for c in 0..<width { o[r * width + c] = tv[index * width + c] }
      }
    }
  }
  return Tensor(rows: indices.count, columns: width, value: out, parents: [table]) { out in
    out.grad.withUnsafeBufferPointer { g in
      table.grad.withUnsafeMutableBufferPointer { tg in
        for (r, index) in indices.enumerated() {
          for c in 0..<width { tg[index * width + c] += g[r * width + c] }
        }
      }
    }
  }
}
