/// One step of stochastic gradient descent: `w ← w − η·g`.
///
/// - Parameters:
///   - weight: the parameters, any shape.
///   - gradient: `∂L/∂w`, the same shape.
///   - learningRate: `η`, the step size.
/// - Returns: the updated parameters.
public func sgdStep(weight: Matrix, gradient: Matrix, learningRate: Double) -> Matrix {
  precondition(
    weight.shape == gradient.shape,
    "sgdStep: weight \(weight.shape) and gradient \(gradient.shape) differ")
  return weight - learningRate * gradient
}

/// One step of SGD with momentum, in PyTorch's form.
///
/// `v ← μ·v + g`, then `w ← w − η·v`. The velocity `v` is a running sum of past gradients that
/// decays by `μ` each step, so steps grow along directions the gradient keeps pointing to and
/// oscillations cancel. (Sutskever et al. write `v ← μv − ηg; w ← w + v`, which is the same
/// method when `η` is constant.) Start with `v = 0`; the first step is then plain SGD.
///
/// Source: Polyak, "Some methods of speeding up the convergence of iteration methods", 1964;
/// Sutskever et al., "On the importance of initialization and momentum in deep learning", 2013.
///
/// - Parameters:
///   - weight: the parameters, any shape.
///   - gradient: `∂L/∂w`, the same shape.
///   - velocity: `v` from the previous step, the same shape (zeros at first).
///   - learningRate: `η`.
///   - momentum: `μ`, typically 0.9.
/// - Returns: the updated parameters and velocity.
public func momentumStep(
  weight: Matrix, gradient: Matrix, velocity: Matrix, learningRate: Double, momentum: Double
) -> (weight: Matrix, velocity: Matrix) {
  precondition(
    weight.shape == gradient.shape && weight.shape == velocity.shape,
    "momentumStep: weight \(weight.shape), gradient \(gradient.shape) and velocity "
      + "\(velocity.shape) must have one shape")
  let newVelocity = momentum * velocity + gradient
  return (weight - learningRate * newVelocity, newVelocity)
}
