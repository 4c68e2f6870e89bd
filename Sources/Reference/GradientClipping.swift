/// The global L2 norm of a list of matrices: `√(Σ over all elements of all matrices of x²)`.
///
/// Summed naively, so it overflows to `+∞` only if some squared element does (|x| > 1e154).
public func globalNorm(_ matrices: [Matrix]) -> Double {
  var total = 0.0
  for matrix in matrices {
    for x in matrix.storage { total += x * x }
  }
  return total.squareRoot()
}

/// Gradient clipping by global norm: scales all gradients together so that their global norm
/// is at most `maxNorm`.
///
/// With `N = globalNorm(gradients)`: if `N > maxNorm` every gradient is multiplied by
/// `maxNorm / N`, otherwise all are returned unchanged. Scaling every matrix by the same factor
/// keeps the direction of the overall step. (PyTorch's `clip_grad_norm_` divides by
/// `N + 1e-6`; here, as in optax's `clip_by_global_norm`, by `N` exactly.)
///
/// Edge cases: if `N` is NaN or `+∞` the gradients are returned unchanged with that norm, so
/// the caller can see it and skip the step.
///
/// Source: Pascanu, Mikolov & Bengio, "On the difficulty of training recurrent neural
/// networks", ICML 2013, Algorithm 1.
///
/// - Parameters:
///   - gradients: the gradients of all parameters, any shapes.
///   - maxNorm: the largest allowed global norm, > 0.
/// - Returns: the clipped gradients, in order, and the global norm before clipping.
public func clipGradientNorm(_ gradients: [Matrix], maxNorm: Double) -> (
  gradients: [Matrix], norm: Double
) {
  precondition(maxNorm > 0, "clipGradientNorm: maxNorm \(maxNorm) must be positive")
  let norm = globalNorm(gradients)
  guard norm.isFinite, norm > maxNorm else { return (gradients, norm) }
  let scale = maxNorm / norm
  return (gradients.map { scale * $0 }, norm)
}
