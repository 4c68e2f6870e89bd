import Autodiff

extension Matmul {
  /// `C ← α·op(A)·op(B) + β·C` written as a plain loop, the plain twin of
  /// ``Matmul/fast(transposeA:transposeB:m:n:k:alpha:a:lda:b:ldb:beta:c:ldc:)``.
  ///
  /// All matrices are row-major. `op(A)` is `[m, k]` (`A` itself is `[k, m]` when
  /// `transposeA`), `op(B)` is `[k, n]`, `C` is `[m, n]`; `lda`, `ldb`, `ldc` are the distances
  /// between consecutive rows in memory, so a column block of a wider matrix can be passed.
  /// With `β = 0`, `C`'s old contents are ignored (as in BLAS, even NaNs).
  public static func productPlain<Scalar: TensorScalar>(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Scalar,
    a: UnsafePointer<Scalar>, lda: Int, b: UnsafePointer<Scalar>, ldb: Int, beta: Scalar,
    c: UnsafeMutablePointer<Scalar>, ldc: Int
  ) {
    for i in 0..<m {
      for j in 0..<n {
        var sum: Scalar = 0
        for p in 0..<k {
          let aip = transposeA ? a[p * lda + i] : a[i * lda + p]
          let bpj = transposeB ? b[j * ldb + p] : b[p * ldb + j]
          sum += aip * bpj
        }
        c[i * ldc + j] = alpha * sum + (beta == 0 ? 0 : beta * c[i * ldc + j])
      }
    }
  }
}
