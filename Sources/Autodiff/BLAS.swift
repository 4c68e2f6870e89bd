#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The one file that talks to C: OpenBLAS's `gemm` kernels for `Float` and `Double`, and
// glibc's `mallopt` for `Memory`.
//
// OpenBLAS is loaded with `dlopen` when a product first needs it, not linked: linked, its
// relocations and its start-up threads cost every run of `primer` (`primer read` included)
// about 1.7 ms, and only training and the capstone's exercises multiply with it.

extension Float {
  /// `C ← α·op(A)·op(B) + β·C` by OpenBLAS's `cblas_sgemm`, row-major.
  public static func gemm(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float,
    c: UnsafeMutablePointer<Float>, ldc: Int
  ) {
    OpenBLAS.loaded.sgemm(
      CBLAS.rowMajor, CBLAS.transpose(transposeA), CBLAS.transpose(transposeB),
      CInt(m), CInt(n), CInt(k), alpha, a, CInt(lda), b, CInt(ldb), beta, c, CInt(ldc))
  }
}

extension Double {
  /// `C ← α·op(A)·op(B) + β·C` by OpenBLAS's `cblas_dgemm`, row-major.
  public static func gemm(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int, beta: Double,
    c: UnsafeMutablePointer<Double>, ldc: Int
  ) {
    OpenBLAS.loaded.dgemm(
      CBLAS.rowMajor, CBLAS.transpose(transposeA), CBLAS.transpose(transposeB),
      CInt(m), CInt(n), CInt(k), alpha, a, CInt(lda), b, CInt(ldb), beta, c, CInt(ldc))
  }
}

/// The values of CBLAS's enumerations the products use, as `cblas.h` defines them
/// (`enum CBLAS_ORDER {CblasRowMajor=101, …}`, `enum CBLAS_TRANSPOSE {CblasNoTrans=111,
/// CblasTrans=112, …}`); C passes an enumeration as an `int`.
enum CBLAS {
  static let rowMajor: CInt = 101
  static let noTranspose: CInt = 111
  static let transpose: CInt = 112

  static func transpose(_ transposed: Bool) -> CInt {
    transposed ? transpose : noTranspose
  }
}

/// OpenBLAS's functions, found in its shared library at run time.
struct OpenBLAS {
  /// `cblas_sgemm(order, transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc)`;
  /// `blasint` is `int` in the 32-bit-index OpenBLAS (`libopenblas.so.0`).
  typealias SGEMM =
    @convention(c) (
      CInt, CInt, CInt, CInt, CInt, CInt, Float, UnsafePointer<Float>?, CInt,
      UnsafePointer<Float>?, CInt, Float, UnsafeMutablePointer<Float>?, CInt
    ) -> Void
  /// `cblas_dgemm`, the same for `double`.
  typealias DGEMM =
    @convention(c) (
      CInt, CInt, CInt, CInt, CInt, CInt, Double, UnsafePointer<Double>?, CInt,
      UnsafePointer<Double>?, CInt, Double, UnsafeMutablePointer<Double>?, CInt
    ) -> Void
  /// `openblas_set_num_threads(int)`.
  typealias SetNumThreads = @convention(c) (CInt) -> Void

  let sgemm: SGEMM
  let dgemm: DGEMM

  /// Where the library is looked for, in order: the dynamic loader's own search (Debian's
  /// `libopenblas0` installs `libopenblas.so.0`), or Homebrew's keg on macOS.
  #if os(macOS)
  static let candidates = [
    "/opt/homebrew/opt/openblas/lib/libopenblas.dylib",
    "/usr/local/opt/openblas/lib/libopenblas.dylib",
  ]
  static let installHint = "install it with `brew install openblas`"
  #else
  static let candidates = ["libopenblas.so.0"]
  static let installHint =
    "install it with `apt-get install libopenblas0` (or `bash .ci/setup`)"
  #endif

  /// The one attempt to load the library, made when a product first needs it (or when a
  /// program asks first, through ``OpenBLASLibrary/require()``). A static's initialiser runs
  /// once, however many threads ask at the same time. The library is set to one thread per
  /// call (see ``Parallel``).
  static let attempt = load(candidates)

  /// The library. When it cannot be loaded, the process stops, saying why and what to
  /// install: a program that would rather report it as an error checks first with
  /// ``OpenBLASLibrary/require()``.
  static var loaded: OpenBLAS {
    switch attempt {
    case .success(let library):
      return library
    case .failure(let failure):
      let line = "error: \(failure.message)\n"
      _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
      exit(1)
    }
  }

  /// OpenBLAS from the first of `paths` that loads, with one thread per call.
  static func load(_ paths: [String]) -> Result<OpenBLAS, LoadFailure> {
    var reasons: [String] = []
    for path in paths {
      // RTLD_LOCAL: OpenBLAS's thousands of symbols stay out of the process's namespace.
      guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
        reasons.append(lastLoaderError())
        continue
      }
      guard let sgemm = symbol("cblas_sgemm", in: handle, as: SGEMM.self),
        let dgemm = symbol("cblas_dgemm", in: handle, as: DGEMM.self),
        let setNumThreads = symbol("openblas_set_num_threads", in: handle, as: SetNumThreads.self)
      else {
        reasons.append(lastLoaderError())
        dlclose(handle)
        continue
      }
      setNumThreads(1)
      return .success(OpenBLAS(sgemm: sgemm, dgemm: dgemm))
    }
    return .failure(LoadFailure(reasons: reasons))
  }

  /// Why OpenBLAS could not be loaded: the loader's messages, one per path tried.
  struct LoadFailure: Error, Equatable {
    var reasons: [String]

    var message: String {
      "OpenBLAS could not be loaded (\(reasons.joined(separator: "; "))): \(OpenBLAS.installHint)"
    }
  }
}

/// OpenBLAS, which the products load when they first need it, for programs that check first:
/// a command that is about to multiply reports a missing library as its own error.
public enum OpenBLASLibrary {
  /// Loads OpenBLAS now, if no product has yet.
  ///
  /// - Throws: ``OpenBLASLibrary/Unavailable`` saying why it could not be loaded and what to
  ///   install.
  public static func require() throws(Unavailable) {
    if case .failure(let failure) = OpenBLAS.attempt {
      throw Unavailable(description: failure.message)
    }
  }

  /// OpenBLAS could not be loaded.
  public struct Unavailable: Error, CustomStringConvertible {
    /// The loader's messages and what to install.
    public let description: String
  }
}

/// The C function `name` in the library `handle`, or `nil` when it has none.
private func symbol<Function>(
  _ name: String, in handle: UnsafeMutableRawPointer?, as type: Function.Type
) -> Function? {
  guard let address = dlsym(handle, name) else { return nil }
  return unsafeBitCast(address, to: type)
}

/// `dlerror()`'s message, which describes the loader's last failure.
private func lastLoaderError() -> String {
  guard let text = dlerror() else { return "no reason given" }
  return String(cString: text)
}

/// Fixes glibc's mmap threshold at 256 MB and its trim threshold at 512 MB (see ``Memory``).
///
/// `mallopt` is looked up in the C library already loaded (Swift's `Glibc` module does not
/// declare it); its options are `malloc.h`'s `M_TRIM_THRESHOLD` (-1) and `M_MMAP_THRESHOLD` (-3).
func setAllocatorThresholds() {
  #if canImport(Glibc)
  typealias Mallopt = @convention(c) (CInt, CInt) -> CInt
  let trimThreshold: CInt = -1
  let mmapThreshold: CInt = -3
  guard let mallopt = symbol("mallopt", in: dlopen(nil, RTLD_NOW), as: Mallopt.self) else {
    return
  }
  _ = mallopt(mmapThreshold, 256 << 20)
  _ = mallopt(trimThreshold, 512 << 20)
  #endif
}
