import Autodiff

/// Adam with decoupled weight decay.
///
/// For each parameter `p` with gradient `g`, at step `t = 1, 2, …`:
/// `m ← β₁m + (1 − β₁)g`, `v ← β₂v + (1 − β₂)g²`, `m̂ = m/(1 − β₁ᵗ)`, `v̂ = v/(1 − β₂ᵗ)`,
/// `p ← p − lr·(m̂/(√v̂ + ε) + λ·p)`, with `λ` only for the parameters marked to decay.
/// Sources: Kingma & Ba, "Adam", 2015, Algorithm 1; Loshchilov & Hutter, "Decoupled Weight
/// Decay Regularization", 2019, Algorithm 2.
public struct AdamW<Scalar: TensorScalar> {
  /// `β₁`, `β₂`, `ε` and `λ`.
  public var beta1: Scalar, beta2: Scalar, epsilon: Scalar, weightDecay: Scalar
  /// The first moments, one array per parameter.
  public var m: [[Scalar]]
  /// The second moments, one array per parameter.
  public var v: [[Scalar]]
  /// The number of steps taken.
  public var t: Int = 0

  /// Zero moments for parameters of the given sizes.
  public init(
    sizes: [Int], beta1: Scalar, beta2: Scalar, epsilon: Scalar = 1e-8, weightDecay: Scalar
  ) {
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
    self.m = sizes.map { [Scalar](repeating: 0, count: $0) }
    self.v = sizes.map { [Scalar](repeating: 0, count: $0) }
  }

  /// One step on `parameters` with learning rate `lr`; `decays[i]` says whether parameter `i`
  /// is weight-decayed.
  public mutating func step(_ parameters: [Tensor<Scalar>], decays: [Bool], lr: Scalar) {
    t += 1
    let correction1 = 1 - pow(beta1, t)
    let correction2 = 1 - pow(beta2, t)
    let (b1, b2, eps) = (beta1, beta2, epsilon)
    for (i, p) in parameters.enumerated() {
      let decay = decays[i] ? weightDecay : 0
      p.value.withUnsafeMutableBufferPointer { value in
        p.grad.withUnsafeBufferPointer { grad in
          m[i].withUnsafeMutableBufferPointer { m in
            v[i].withUnsafeMutableBufferPointer { v in
              for j in 0..<value.count {
                let g = grad[j]
                m[j] = b1 * m[j] + (1 - b1) * g
                v[j] = b2 * v[j] + (1 - b2) * g * g
                let mHat = m[j] / correction1
                let vHat = v[j] / correction2
                value[j] -= lr * (mHat / (vHat.squareRoot() + eps) + decay * value[j])
              }
            }
          }
        }
      }
    }
  }

  private func pow(_ base: Scalar, _ exponent: Int) -> Scalar {
    var result: Scalar = 1
    for _ in 0..<exponent { result *= base }
    return result
  }
}
