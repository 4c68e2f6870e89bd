/// `x + y` for tensors of one shape, or `x + b` with `b` a `[1, m]` row added to every row of
/// `x` (a bias, broadcast over the rows).
///
/// Backward: `∂L/∂x += ∂L/∂out`; `∂L/∂y += ∂L/∂out`, or for a broadcast row the column sums
/// `∂L/∂bⱼ += Σᵢ ∂L/∂outᵢⱼ`.
@inlinable
public func + <Scalar: TensorScalar>(x: Tensor<Scalar>, y: Tensor<Scalar>) -> Tensor<Scalar> {
  let broadcast = y.rows == 1 && x.rows != 1
  precondition(
    x.columns == y.columns && (broadcast || x.rows == y.rows),
    "+: cannot add \(y.shape) to \(x.shape); give one shape, or a [1, \(x.columns)] row")
  let (n, m) = (x.rows, x.columns)
  var out = x.value
  out.withUnsafeMutableBufferPointer { o in
    y.value.withUnsafeBufferPointer { yv in
      for r in 0..<n {
        let yRow = broadcast ? 0 : r * m
        for c in 0..<m { o[r * m + c] += yv[yRow + c] }
      }
    }
  }
  return Tensor(rows: n, columns: m, value: out, parents: [x, y]) { out in
    out.grad.withUnsafeBufferPointer { g in
      x.grad.withUnsafeMutableBufferPointer { xg in
        for i in 0..<(n * m) { xg[i] += g[i] }
      }
      y.grad.withUnsafeMutableBufferPointer { yg in
        for r in 0..<n {
          let yRow = broadcast ? 0 : r * m
          for c in 0..<m { yg[yRow + c] += g[r * m + c] }
        }
      }
    }
  }
}

/// The elementwise (Hadamard) product `x ⊙ y` of two tensors of one shape.
///
/// Backward: `∂L/∂x += ∂L/∂out ⊙ y` and `∂L/∂y += ∂L/∂out ⊙ x`.
@inlinable
public func * <Scalar: TensorScalar>(x: Tensor<Scalar>, y: Tensor<Scalar>) -> Tensor<Scalar> {
  precondition(x.shape == y.shape, "*: shapes \(x.shape) and \(y.shape) differ")
  let count = x.value.count
  var out = x.value
  for i in 0..<count { out[i] *= y.value[i] }
  return Tensor(rows: x.rows, columns: x.columns, value: out, parents: [x, y]) { out in
    for i in 0..<count {
      x.grad[i] += out.grad[i] * y.value[i]
      y.grad[i] += out.grad[i] * x.value[i]
    }
  }
}

/// The sum of all entries, as a `[1, 1]` tensor. Backward: `∂L/∂xᵢ += ∂L/∂out`.
@inlinable
public func sum<Scalar: TensorScalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
  let total = x.value.reduce(0, +)
  return Tensor(rows: 1, columns: 1, value: [total], parents: [x]) { out in
    let g = out.grad[0]
    for i in x.grad.indices { x.grad[i] += g }
  }
}
