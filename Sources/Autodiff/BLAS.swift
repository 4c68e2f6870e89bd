import COpenBLAS

// The one file that talks to C: OpenBLAS's `gemm` kernels for `Float` and `Double`, and
// glibc's `mallopt` for `Memory`.

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

/// Fixes glibc's mmap threshold at 256 MB and its trim threshold at 512 MB (see ``Memory``).
func setAllocatorThresholds() {
  #if canImport(Glibc)
    _ = mallopt(M_MMAP_THRESHOLD, 256 << 20)
    _ = mallopt(M_TRIM_THRESHOLD, 512 << 20)
  #endif
}
