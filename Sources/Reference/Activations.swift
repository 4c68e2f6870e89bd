#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Element-wise activation functions and their backward rules.
//
// Each activation comes as a scalar function (`relu(_: Double)`), its matrix form
// (`relu(_: Matrix)`), and a backward rule that multiplies the local derivative by the gradient
// flowing in from above: `gradInput = f′(x) ⊙ gradOutput` (the chain rule for an element-wise
// function, whose Jacobian is diagonal).

// MARK: ReLU

/// The rectified linear unit `max(0, x)`.
///
/// Edge cases: `relu(−0) = +0`, `relu(+∞) = +∞`, `relu(−∞) = 0`, and NaN stays NaN (unlike
/// `Swift.max(0, x)`, which would hide it).
///
/// Source: Nair & Hinton, "Rectified Linear Units Improve Restricted Boltzmann Machines", 2010.
public func relu(_ x: Double) -> Double {
  if x.isNaN { return x }
  return x > 0 ? x : 0
}

/// The derivative of ReLU: 1 where `x > 0`, else 0.
///
/// ReLU has no derivative at 0; like PyTorch and JAX we take 0 there (also at `−0`).
/// NaN gives NaN.
public func reluDerivative(_ x: Double) -> Double {
  if x.isNaN { return x }
  return x > 0 ? 1 : 0
}

/// ReLU applied to every element of `x` (any shape).
public func relu(_ x: Matrix) -> Matrix { x.map(relu) }

/// The gradient of a loss with respect to the input of `relu(x)`.
///
/// `gradInput = 1[x > 0] ⊙ gradOutput`.
///
/// - Parameters:
///   - x: the input that was given to `relu`, any shape.
///   - gradOutput: `∂L/∂relu(x)`, the same shape as `x`.
/// - Returns: `∂L/∂x`, the same shape as `x`.
public func reluBackward(_ x: Matrix, gradOutput: Matrix) -> Matrix {
  x.zip(gradOutput) { reluDerivative($0) * $1 }
}

// MARK: Sigmoid

/// The logistic sigmoid `σ(x) = 1 / (1 + e^(−x))`.
///
/// Computed in two branches so that `exp` never overflows: `1 / (1 + e^(−x))` for `x ≥ 0` and
/// `e^x / (1 + e^x)` for `x < 0`. So `σ(1000) = 1`, `σ(−1000) = 0` (both exactly, no NaN),
/// `σ(±∞) = 1` or `0`, `σ(±0) = 0.5`, and NaN stays NaN.
public func sigmoid(_ x: Double) -> Double {
  if x >= 0 {
    return 1 / (1 + exp(-x))
  }
  let e = exp(x)  // NaN also lands here and stays NaN
  return e / (1 + e)
}

/// The derivative of the sigmoid, `σ′(x) = σ(x)·(1 − σ(x))`.
///
/// Tends to 0 (exactly 0 at ±1000 and ±∞) without overflow; NaN stays NaN.
public func sigmoidDerivative(_ x: Double) -> Double {
  let s = sigmoid(x)
  return s * (1 - s)
}

/// The sigmoid applied to every element of `x` (any shape).
public func sigmoid(_ x: Matrix) -> Matrix { x.map(sigmoid) }

/// The gradient of a loss with respect to the input of `sigmoid(x)`.
///
/// `gradInput = σ(x)(1 − σ(x)) ⊙ gradOutput`; `x` and `gradOutput` have the same shape.
public func sigmoidBackward(_ x: Matrix, gradOutput: Matrix) -> Matrix {
  x.zip(gradOutput) { sigmoidDerivative($0) * $1 }
}

// MARK: Tanh

/// The hyperbolic tangent of every element of `x` (any shape): `(eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)`.
///
/// Uses the C library's `tanh`, which saturates to ±1 without overflow: `tanh(±1000) = ±1`,
/// `tanh(−0) = −0`, NaN stays NaN.
public func tanh(_ x: Matrix) -> Matrix { x.map { tanh($0) } }

/// The derivative of tanh, `1 − tanh²(x)`: 1 at 0, exactly 0 for large `|x|`, NaN for NaN.
public func tanhDerivative(_ x: Double) -> Double {
  let t = tanh(x)
  return 1 - t * t
}

/// The gradient of a loss with respect to the input of `tanh(x)`.
///
/// `gradInput = (1 − tanh²(x)) ⊙ gradOutput`; `x` and `gradOutput` have the same shape.
public func tanhBackward(_ x: Matrix, gradOutput: Matrix) -> Matrix {
  x.zip(gradOutput) { tanhDerivative($0) * $1 }
}

// MARK: GELU

/// Which formula `gelu` uses.
public enum GELUApproximation: String, Sendable, CaseIterable {
  /// The exact definition `x·Φ(x)` with the Gaussian CDF computed through `erfc`.
  case none
  /// The tanh approximation used by GPT-2 and BERT:
  /// `½x(1 + tanh(√(2/π)(x + 0.044715x³)))`.
  case tanh
}

/// √(2/π), the scale inside the tanh approximation of GELU.
private let geluTanhScale = (2 / Double.pi).squareRoot()
/// The cubic coefficient of the tanh approximation of GELU.
private let geluTanhCubic = 0.044715

/// The Gaussian error linear unit `GELU(x) = x·Φ(x)`, with `Φ` the standard normal CDF.
///
/// - `.none` (exact): `Φ(x) = ½·erfc(−x/√2)`. Writing it with `erfc` rather than
///   `½(1 + erf(x/√2))` keeps the tiny values for very negative `x` instead of cancelling them
///   to 0 (JAX does the same).
/// - `.tanh`: `½x(1 + tanh(√(2/π)(x + 0.044715x³)))`, within about 1e-3 of the exact form.
///
/// Edge cases: `gelu(0) = 0`, `gelu(+∞) = +∞`, and `gelu(−∞) = 0` (the limit; the formula
/// alone would give `−∞·0 = NaN`); NaN stays NaN.
///
/// Source: Hendrycks & Gimpel, "Gaussian Error Linear Units (GELUs)", 2016, eq. (1) and §2.
public func gelu(_ x: Double, approximation: GELUApproximation = .none) -> Double {
  if x == -.infinity { return 0 }
  switch approximation {
  case .none:
    return x * 0.5 * erfc(-x / 2.squareRoot())
  case .tanh:
    let inner = geluTanhScale * (x + geluTanhCubic * x * x * x)
    return 0.5 * x * (1 + tanh(inner))
  }
}

/// The derivative of GELU.
///
/// - `.none`: `Φ(x) + x·φ(x)` with `φ(x) = e^(−x²/2) / √(2π)`.
/// - `.tanh`: with `u = √(2/π)(x + 0.044715x³)` and `t = tanh(u)`,
///   `½(1 + t) + ½x(1 − t²)·√(2/π)(1 + 3·0.044715x²)`.
///
/// The derivative tends to 1 at `+∞` and 0 at `−∞`, and those limits are returned there
/// (the formulas alone would give `∞·0 = NaN`); NaN stays NaN.
public func geluDerivative(_ x: Double, approximation: GELUApproximation = .none) -> Double {
  if x.isInfinite { return x > 0 ? 1 : 0 }
  switch approximation {
  case .none:
    let cdf = 0.5 * erfc(-x / 2.squareRoot())
    let density = exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
    return cdf + x * density
  case .tanh:
    let t = tanh(geluTanhScale * (x + geluTanhCubic * x * x * x))
    let sech2 = 1 - t * t
    // Once tanh has saturated the second term is exactly 0, even where x³ overflows.
    if sech2 == 0 { return 0.5 * (1 + t) }
    return 0.5 * (1 + t) + 0.5 * x * sech2 * geluTanhScale * (1 + 3 * geluTanhCubic * x * x)
  }
}

/// GELU applied to every element of `x` (any shape); see `gelu(_:approximation:)` for scalars.
public func gelu(_ x: Matrix, approximation: GELUApproximation = .none) -> Matrix {
  x.map { gelu($0, approximation: approximation) }
}

/// The gradient of a loss with respect to the input of `gelu(x, approximation:)`.
///
/// `gradInput = GELU′(x) ⊙ gradOutput`; `x` and `gradOutput` have the same shape.
public func geluBackward(
  _ x: Matrix, gradOutput: Matrix, approximation: GELUApproximation = .none
) -> Matrix {
  x.zip(gradOutput) { geluDerivative($0, approximation: approximation) * $1 }
}
