import Testing

@testable import Autodiff

/// OpenBLAS is loaded with `dlopen` on the first product (`BLAS.swift`); `MatmulTests` holds
/// the products through it equal to the plain loop.
@Suite struct OpenBLASLoaderTests {
  @Test func loadsTheSystemLibraryAndMultipliesThroughIt() throws {
    let library = try OpenBLAS.load(OpenBLAS.candidates).get()
    // [1 2; 3 4] · [5 6; 7 8] = [19 22; 43 50], then 0.5·that + 2·C.
    let a: [Double] = [1, 2, 3, 4]
    let b: [Double] = [5, 6, 7, 8]
    var c: [Double] = [1, 1, 1, 1]
    library.dgemm(
      CBLAS.rowMajor, CBLAS.noTranspose, CBLAS.noTranspose, 2, 2, 2, 0.5, a, 2, b, 2, 2, &c, 2)
    #expect(c == [11.5, 13, 23.5, 27])
    // Aᵀ·B in single precision: [1 3; 2 4] · [5 6; 7 8] = [26 30; 38 44].
    var s: [Float] = [0, 0, 0, 0]
    library.sgemm(
      CBLAS.rowMajor, CBLAS.transpose, CBLAS.noTranspose, 2, 2, 2, 1, a.map(Float.init), 2,
      b.map(Float.init), 2, 0, &s, 2)
    #expect(s == [26, 30, 38, 44])
  }

  @Test func aMissingLibrarySaysWhatHappenedAndWhatToDo() {
    let result = OpenBLAS.load(["libprimer-no-such-blas.so.0"])
    guard case .failure(let failure) = result else {
      Issue.record("a library that does not exist was loaded")
      return
    }
    #expect(failure.message.hasPrefix("OpenBLAS could not be loaded (libprimer-no-such-blas.so.0"))
    #expect(failure.message.hasSuffix(OpenBLAS.installHint))
  }

  /// What a command checks before it multiplies: the library the products then use.
  @Test func requiringTheLibraryLoadsItOnceForTheProducts() throws {
    try OpenBLASLibrary.require()
    guard case .success = OpenBLAS.attempt else {
      Issue.record("require() passed, yet the products have no library")
      return
    }
    var c: [Float] = [0]
    Float.gemm(
      transposeA: false, transposeB: false, m: 1, n: 1, k: 1, alpha: 1, a: [3], lda: 1, b: [4],
      ldb: 1, beta: 0, c: &c, ldc: 1)
    #expect(c == [12])
  }

  #if os(Linux)
  @Test func aLibraryWithoutTheFunctionsIsRefused() {
    // The C library loads, but has no `cblas_sgemm`.
    let result = OpenBLAS.load(["libc.so.6"])
    guard case .failure(let failure) = result else {
      Issue.record("the C library was taken for OpenBLAS")
      return
    }
    #expect(failure.message.contains("cblas_sgemm"))
  }
  #endif
}
