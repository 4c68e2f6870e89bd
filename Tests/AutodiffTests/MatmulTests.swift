import Autodiff
import TestSupport
import Testing

@Suite struct MatmulTests {
  /// Every transpose combination, row strides wider than the matrices, and `β = 0` and `β ≠ 0`.
  @Test(arguments: [(false, false), (false, true), (true, false), (true, true)], [0.0, 0.5])
  func blasEqualsThePlainLoop(transposes: (Bool, Bool), beta: Double) {
    let (m, n, k) = (5, 7, 3)
    let (lda, ldb, ldc) = (9, 8, 10)  // strided: blocks of wider matrices
    let a = randomTensor(9, lda, seed: 1).value
    let b = randomTensor(9, ldb, seed: 2).value
    let start = randomTensor(m, ldc, seed: 3).value
    var plain = start
    var fast = start
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        plain.withUnsafeMutableBufferPointer { c in
          Matmul.productPlain(
            transposeA: transposes.0, transposeB: transposes.1, m: m, n: n, k: k, alpha: 0.7,
            a: a.baseAddress!,
            lda: lda, b: b.baseAddress!, ldb: ldb, beta: beta, c: c.baseAddress!, ldc: ldc)
        }
        fast.withUnsafeMutableBufferPointer { c in
          Matmul.fast(
            transposeA: transposes.0, transposeB: transposes.1, m: m, n: n, k: k, alpha: 0.7,
            a: a.baseAddress!,
            lda: lda, b: b.baseAddress!, ldb: ldb, beta: beta, c: c.baseAddress!, ldc: ldc)
        }
      }
    }
    #expect(relativeError(plain, fast) < 1e-14)
    #expect(plain[n..<ldc] == start[n..<ldc])  // columns past n are left alone
  }

  @Test func floatBLASEqualsThePlainLoop() {
    let (m, n, k) = (33, 17, 65)
    let a = randomTensor(m, k, seed: 4).value.map(Float.init)
    let b = randomTensor(k, n, seed: 5).value.map(Float.init)
    var plain = [Float](repeating: 0, count: m * n)
    var fast = plain
    Matmul.productPlain(
      transposeA: false, transposeB: false, m: m, n: n, k: k, alpha: 1, a: a, lda: k, b: b, ldb: n,
      beta: 0,
      c: &plain, ldc: n)
    Matmul.fast(
      transposeA: false, transposeB: false, m: m, n: n, k: k, alpha: 1, a: a, lda: k, b: b, ldb: n,
      beta: 0,
      c: &fast, ldc: n)
    #expect(relativeError(plain.map(Double.init), fast.map(Double.init)) < 1e-6)
  }

  /// Products large enough to be split across cores, by rows (m ≥ n) and by columns (m < n),
  /// with transposed and strided operands.
  @Test(arguments: [
    (70, 40, 100, false, true), (20, 150, 100, true, false), (20, 150, 100, true, true),
  ])
  func splitProductsEqualThePlainLoop(shape: (Int, Int, Int, Bool, Bool)) {
    let (m, n, k, transposeA, transposeB) = shape
    let (lda, ldb, ldc) = ((transposeA ? m : k) + 3, (transposeB ? k : n) + 2, n + 1)
    let a = randomTensor(transposeA ? k : m, lda, seed: 6).value
    let b = randomTensor(transposeB ? n : k, ldb, seed: 7).value
    let start = randomTensor(m, ldc, seed: 8).value
    var plain = start
    var fast = start
    Matmul.productPlain(
      transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 1.5, a: a, lda: lda,
      b: b,
      ldb: ldb, beta: 1, c: &plain, ldc: ldc)
    Matmul.fast(
      transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 1.5, a: a, lda: lda,
      b: b,
      ldb: ldb, beta: 1, c: &fast, ldc: ldc)
    #expect(relativeError(plain, fast) < 1e-13)
  }
}
