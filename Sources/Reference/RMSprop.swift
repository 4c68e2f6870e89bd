/// One step of RMSprop: each parameter's step is divided by a running root mean square of its
/// gradients.
///
/// `v ← ρ·v + (1 − ρ)·g²`, then `w ← w − η·g / (√v + ε)` (element-wise). Parameters with large
/// gradients get smaller steps and vice versa; `ε` keeps the division finite when `v = 0`.
/// Start with `v = 0`. This is PyTorch's `RMSprop` without momentum or centring (there `ρ` is
/// called `alpha`, default 0.99).
///
/// Source: Tieleman & Hinton, "Lecture 6.5 — RMSprop", Coursera: Neural Networks for Machine
/// Learning, 2012.
///
/// - Parameters:
///   - weight: the parameters, any shape.
///   - gradient: `∂L/∂w`, the same shape.
///   - meanSquare: `v` from the previous step, the same shape (zeros at first).
///   - learningRate: `η`, e.g. 0.01.
///   - rho: `ρ`, the decay of the running mean, e.g. 0.99.
///   - epsilon: `ε`, e.g. 1e-8.
/// - Returns: the updated parameters and running mean square.
public func rmspropStep(
  weight: Matrix, gradient: Matrix, meanSquare: Matrix, learningRate: Double, rho: Double,
  epsilon: Double
) -> (weight: Matrix, meanSquare: Matrix) {
  precondition(
    weight.shape == gradient.shape && weight.shape == meanSquare.shape,
    "rmspropStep: weight \(weight.shape), gradient \(gradient.shape) and meanSquare "
      + "\(meanSquare.shape) must have one shape")
  let v = rho * meanSquare + (1 - rho) * gradient.hadamard(gradient)
  let step = gradient.zip(v) { g, v in g / (v.squareRoot() + epsilon) }
  return (weight - learningRate * step, v)
}
