import Autodiff

/// Scales all gradients down together so their global norm is at most `maxNorm`.
///
/// `‖g‖ = √(Σ over every parameter and entry of g²)`; when `‖g‖ > maxNorm`, every gradient
/// is multiplied by `maxNorm/‖g‖`, keeping the direction of the step. As
/// `Reference.clipGradientNorm`. Source: Pascanu, Mikolov & Bengio, "On the difficulty of
/// training recurrent neural networks", 2013.
///
/// - Returns: the norm before clipping.
@discardableResult
public func clipGradNorm<Scalar: TensorScalar>(_ parameters: [Tensor<Scalar>], maxNorm: Scalar)
  -> Scalar
{
  var total: Scalar = 0
  for p in parameters {
    p.grad.withUnsafeBufferPointer { g in
      for x in g { total += x * x }
    }
  }
  let norm = total.squareRoot()
  if norm > maxNorm {
    let scale = maxNorm / norm
    for p in parameters {
      p.grad.withUnsafeMutableBufferPointer { g in
        for i in g.indices { g[i] *= scale }
      }
    }
  }
  return norm
}
