import Autodiff

/// The feed-forward sub-layer: widen, exact GELU, project back.
///
/// `y = gelu(x·W₁ + b₁)·W₂ + b₂`, as in `Reference.feedForward` with the exact GELU.
/// Its parameters are named `mlp.*` in checkpoints, as in nanoGPT. Source: nanoGPT
/// `model.py`, class `MLP`.
public struct FeedForward<Scalar: TensorScalar> {
  /// `[C, 4C]`.
  public let w1: Tensor<Scalar>
  /// `[1, 4C]`.
  public let b1: Tensor<Scalar>
  /// `[4C, C]`.
  public let w2: Tensor<Scalar>
  /// `[1, C]`.
  public let b2: Tensor<Scalar>

  /// The sub-layer on `x`, `[rows, C]`; returns `[rows, C]`.
  public func callAsFunction(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    let hidden = gelu(matmul(x, w1) + b1)  // [rows, 4C]
    return matmul(hidden, w2) + b2  // [rows, C]
  }
}
