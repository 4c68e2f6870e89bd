/// Matrix products by BLAS; tests hold them equal to the plain triple loop
/// (`Matmul.productPlain` in `Tests/TestSupport`).
public enum Matmul {
  /// The same product by the scalar type's BLAS kernel (`sgemm`/`dgemm`); the fast path.
  ///
  /// Products of at least `2¹⁸` multiply-adds are split into ``Parallel/ways`` bands of rows
  /// of `C` (or of columns, when `C` has few rows), one BLAS call per band and core.
  @inlinable public static func fast<Scalar: TensorScalar>(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Scalar,
    a: UnsafePointer<Scalar>, lda: Int, b: UnsafePointer<Scalar>, ldb: Int, beta: Scalar,
    c: UnsafeMutablePointer<Scalar>, ldc: Int
  ) {
    guard m > 0 && n > 0 else { return }
    let ways = m * n * k >= 1 << 18 ? Parallel.ways : 1
    if ways == 1 {
      Scalar.gemm(
        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha, a: a,
        lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    } else if m >= n {
      Parallel.forEach(ways) { part in
        let rows = Parallel.slice(part, of: ways, count: m)
        Scalar.gemm(
          transposeA: transposeA, transposeB: transposeB, m: rows.count, n: n, k: k, alpha: alpha,
          a: a + (transposeA ? rows.lowerBound : rows.lowerBound * lda), lda: lda, b: b, ldb: ldb,
          beta: beta, c: c + rows.lowerBound * ldc, ldc: ldc)
      }
    } else {
      Parallel.forEach(ways) { part in
        let columns = Parallel.slice(part, of: ways, count: n)
        Scalar.gemm(
          transposeA: transposeA, transposeB: transposeB, m: m, n: columns.count, k: k,
          alpha: alpha, a: a, lda: lda,
          b: b + (transposeB ? columns.lowerBound * ldb : columns.lowerBound), ldb: ldb,
          beta: beta, c: c + columns.lowerBound, ldc: ldc)
      }
    }
  }
}

/// The matrix product `x·w` (or `x·wᵀ`), differentiable in both factors.
///
/// `y = x·w`; backward: `∂L/∂x += ∂L/∂y · wᵀ` and `∂L/∂w += xᵀ · ∂L/∂y`. With `transposeW`,
/// `y = x·wᵀ` (a tied output head reads the embedding table this way) and backward
/// `∂L/∂x += ∂L/∂y · w`, `∂L/∂w += (∂L/∂y)ᵀ · x`. All three products run through BLAS,
/// the backward ones with `β = 1`, so accumulating costs nothing extra.
///
/// - Parameters:
///   - x: `[n, k]`.
///   - w: `[k, m]`, or `[m, k]` when `transposeW`.
/// - Returns: `[n, m]`.
@inlinable
public func matmul<Scalar: TensorScalar>(
  _ x: Tensor<Scalar>, _ w: Tensor<Scalar>, transposeW: Bool = false
) -> Tensor<Scalar> {
  let (n, k) = (x.rows, x.columns)
  let m = transposeW ? w.rows : w.columns
  precondition(
    (transposeW ? w.columns : w.rows) == k,
    "matmul: \(x.shape) · \(w.shape)\(transposeW ? "ᵀ" : "") do not fit")
  precondition(n > 0 && k > 0 && m > 0, "matmul: empty shapes \(x.shape) · \(w.shape)")
  let ldw = w.columns
  var y = [Scalar](unspecified: n * m)
  x.value.withUnsafeBufferPointer { xv in
    w.value.withUnsafeBufferPointer { wv in
      y.withUnsafeMutableBufferPointer { yv in
        Matmul.fast(
          transposeA: false, transposeB: transposeW, m: n, n: m, k: k, alpha: 1,
          a: xv.baseAddress!, lda: k, b: wv.baseAddress!, ldb: ldw, beta: 0, c: yv.baseAddress!,
          ldc: m)
      }
    }
  }
  return Tensor(rows: n, columns: m, value: y, parents: [x, w]) { out in
    out.grad.withUnsafeBufferPointer { g in
      w.value.withUnsafeBufferPointer { wv in
        x.grad.withUnsafeMutableBufferPointer { xg in
          // ∂x = ∂y·wᵀ, or ∂y·w for a transposed w.
          Matmul.fast(
            transposeA: false, transposeB: !transposeW, m: n, n: k, k: m, alpha: 1,
            a: g.baseAddress!, lda: m, b: wv.baseAddress!, ldb: ldw, beta: 1,
            c: xg.baseAddress!, ldc: k)
        }
      }
      x.value.withUnsafeBufferPointer { xv in
        w.grad.withUnsafeMutableBufferPointer { wg in
          if transposeW {  // ∂w = ∂yᵀ·x, [m, k]
            Matmul.fast(
              transposeA: true, transposeB: false, m: m, n: k, k: n, alpha: 1,
              a: g.baseAddress!, lda: m, b: xv.baseAddress!, ldb: k, beta: 1,
              c: wg.baseAddress!, ldc: k)
          } else {  // ∂w = xᵀ·∂y, [k, m]
            Matmul.fast(
              transposeA: true, transposeB: false, m: k, n: m, k: n, alpha: 1,
              a: xv.baseAddress!, lda: k, b: g.baseAddress!, ldb: m, beta: 1,
              c: wg.baseAddress!, ldc: m)
          }
        }
      }
    }
  }
}
