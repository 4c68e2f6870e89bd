import COpenBLAS

// The one file that talks to OpenBLAS: the `gemm` kernels of `Float` and `Double`.

/// OpenBLAS set to one thread per call, once (see ``Parallel``): every `gemm` reads it first.
let singleThreadedBLAS: Void = openblas_set_num_threads(1)

extension Float {
  /// `C ← α·op(A)·op(B) + β·C` by OpenBLAS's `cblas_sgemm`, row-major.
  public static func gemm(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float,
    c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    _ = singleThreadedBLAS
    cblas_sgemm(
      CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
      blasint(m), blasint(n), blasint(k), alpha, a, blasint(lda), b, blasint(ldb), beta, c,
      blasint(ldc))
  }
}

extension Double {
  /// `C ← α·op(A)·op(B) + β·C` by OpenBLAS's `cblas_dgemm`, row-major.
  public static func gemm(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int, beta: Double,
    c: UnsafeMutablePointer<Double>, ldc: Int
  ) {
    _ = singleThreadedBLAS
    cblas_dgemm(
      CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
      blasint(m), blasint(n), blasint(k), alpha, a, blasint(lda), b, blasint(ldb), beta, c,
      blasint(ldc))
  }
}
