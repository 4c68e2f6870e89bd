#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The SiLU (swish) activation, `silu(z) = z·σ(z) = z / (1 + e^(−z))`.
///
/// Smooth like GELU, close to ReLU away from 0; its minimum is about −0.278 at z ≈ −1.278.
/// For large negative `z`, `e^(−z)` overflows to `+∞` and the result is `−0` rather than NaN.
///
/// Source: Elfwing, Uchibe and Doya, "Sigmoid-Weighted Linear Units", 2017; Ramachandran,
/// Zoph and Le, "Searching for Activation Functions", 2017.
public func silu(_ z: Double) -> Double { z * sigmoid(z) }

/// The derivative of SiLU, `silu′(z) = σ(z) + z·σ(z)(1 − σ(z))`.
public func siluDerivative(_ z: Double) -> Double {
  let s = sigmoid(z)
  return s + z * s * (1 - s)
}

/// The SwiGLU feed-forward layer of LLaMA-style blocks: `(silu(x·w) ⊙ (x·v))·w2`.
///
/// Two projections of `x` to the hidden width: one through SiLU acts as a gate, the other
/// carries the values, and their element-wise product is projected back to width `d`. No
/// biases, as in LLaMA. With three matrices instead of two, models pick a hidden width of
/// about ⅔ of the usual 4d so the parameter count stays that of a GELU MLP.
///
/// Source: Shazeer, "GLU Variants Improve Transformer", 2020, equation (6) (FFN_SwiGLU with
/// β = 1).
///
/// - Parameters:
///   - x: `[n, d]`.
///   - w: the gate projection, `[d, h]`.
///   - v: the value projection, `[d, h]`.
///   - w2: the output projection, `[h, d]`.
/// - Returns: `[n, d]`.
public func swiglu(_ x: Matrix, w: Matrix, v: Matrix, w2: Matrix) -> Matrix {
  precondition(
    w.rows == x.columns && v.rows == x.columns && w.columns == v.columns && w2.rows == w.columns,
    "swiglu: shapes x \(x.shape), w \(w.shape), v \(v.shape), w2 \(w2.shape) do not chain"
      + " as [n, d]·[d, h], [d, h], [h, d]")
  let gate = matmul(x, w).map(silu)  // [n, h]
  let values = matmul(x, v)  // [n, h]
  return matmul(gate.hadamard(values), w2)  // [n, d]
}
