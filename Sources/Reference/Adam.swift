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

/// One step of Adam, with bias correction.
///
/// With `t ≥ 1` the number of the step being taken (1 for the first):
///
///     m ← β₁·m + (1 − β₁)·g              running mean of gradients
///     v ← β₂·v + (1 − β₂)·g²             running mean of squared gradients
///     m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)   undo the bias towards the zero start
///     w ← w − η·m̂ / (√v̂ + ε)
///
/// With `m = v = 0` at the start, the first step moves every parameter by about `η` in the
/// direction opposite its gradient's sign. Defaults in the paper: `η = 0.001`, `β₁ = 0.9`,
/// `β₂ = 0.999`, `ε = 1e-8`.
///
/// Source: Kingma & Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015, Algorithm 1.
///
/// - Parameters:
///   - weight: the parameters, any shape.
///   - gradient: `∂L/∂w`, the same shape.
///   - firstMoment: `m` from the previous step, the same shape (zeros at first).
///   - secondMoment: `v` from the previous step, the same shape (zeros at first).
///   - step: `t`, the step being taken, starting at 1.
///   - learningRate: `η`.
///   - beta1: `β₁`, in `[0, 1)`.
///   - beta2: `β₂`, in `[0, 1)`.
///   - epsilon: `ε`, keeps the division finite.
/// - Returns: the updated parameters and the two moments.
public func adamStep(
  weight: Matrix, gradient: Matrix, firstMoment: Matrix, secondMoment: Matrix, step: Int,
  learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
  epsilon: Double = 1e-8
) -> (weight: Matrix, firstMoment: Matrix, secondMoment: Matrix) {
  precondition(step >= 1, "adamStep: step \(step) must be at least 1 (the first step is 1)")
  precondition(
    [gradient.shape, firstMoment.shape, secondMoment.shape].allSatisfy { $0 == weight.shape },
    "adamStep: weight \(weight.shape), gradient \(gradient.shape), firstMoment "
      + "\(firstMoment.shape) and secondMoment \(secondMoment.shape) must have one shape")
  let m = beta1 * firstMoment + (1 - beta1) * gradient
  let v = beta2 * secondMoment + (1 - beta2) * gradient.hadamard(gradient)
  let mCorrection = 1 - pow(beta1, Double(step))
  let vCorrection = 1 - pow(beta2, Double(step))
  let update = m.zip(v) { m, v in
    (m / mCorrection) / ((v / vCorrection).squareRoot() + epsilon)
  }
  return (weight - learningRate * update, m, v)
}
