#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A floating-point type a ``Tensor`` can hold: `Float` for speed, `Double` for gradient checks.
///
/// Besides arithmetic, a scalar type brings the few transcendental functions the operations
/// need and its matrix-product kernel (`gemm`), so every generic kernel specialises to plain
/// machine code for each type.
public protocol TensorScalar: BinaryFloatingPoint, Sendable {
  /// `eˣ`.
  static func exp(_ x: Self) -> Self
  /// The natural logarithm.
  static func log(_ x: Self) -> Self
  /// The error function `erf(x) = 2/√π ∫₀ˣ e^{−t²} dt`.
  static func erf(_ x: Self) -> Self
  /// `C ← α·op(A)·op(B) + β·C` on row-major matrices; see ``Matmul`` for the arguments.
  static func gemm(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Self,
    a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int, beta: Self,
    c: UnsafeMutablePointer<Self>, ldc: Int)
}

// The C library's functions, named by module: inside `Double.exp` a bare `exp` is the method.
#if canImport(Glibc)
import Glibc

extension Double: TensorScalar {
  @inlinable public static func exp(_ x: Double) -> Double { Glibc.exp(x) }
  @inlinable public static func log(_ x: Double) -> Double { Glibc.log(x) }
  @inlinable public static func erf(_ x: Double) -> Double { Glibc.erf(x) }
}

extension Float: TensorScalar {
  @inlinable public static func exp(_ x: Float) -> Float { Glibc.exp(x) }
  @inlinable public static func log(_ x: Float) -> Float { Glibc.log(x) }
  @inlinable public static func erf(_ x: Float) -> Float { Glibc.erf(x) }
}
#else
import Darwin

extension Double: TensorScalar {
  @inlinable public static func exp(_ x: Double) -> Double { Darwin.exp(x) }
  @inlinable public static func log(_ x: Double) -> Double { Darwin.log(x) }
  @inlinable public static func erf(_ x: Double) -> Double { Darwin.erf(x) }
}

extension Float: TensorScalar {
  @inlinable public static func exp(_ x: Float) -> Float { Darwin.exp(x) }
  @inlinable public static func log(_ x: Float) -> Float { Darwin.log(x) }
  @inlinable public static func erf(_ x: Float) -> Float { Darwin.erf(x) }
}
#endif
