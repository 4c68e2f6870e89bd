import Autodiff

/// A pre-LN transformer block: `h = x + attn(LN₁(x))`, `out = h + ffn(LN₂(h))`.
///
/// Equal to `Reference.gptBlock` on the same weights. Source: nanoGPT `model.py`, class
/// `Block`; Radford et al. 2019 (GPT-2) §2.3.
public struct TransformerBlock<Scalar: TensorScalar> {
  /// `γ`, `β` of the layer norm before attention, each `[1, C]`.
  public let ln1Gamma: Tensor<Scalar>, ln1Beta: Tensor<Scalar>
  /// The attention sub-layer.
  public let attention: CausalSelfAttention<Scalar>
  /// `γ`, `β` of the layer norm before the feed-forward network, each `[1, C]`.
  public let ln2Gamma: Tensor<Scalar>, ln2Beta: Tensor<Scalar>
  /// The feed-forward sub-layer.
  public let feedForward: FeedForward<Scalar>

  /// The block on `x`, `[B·T, C]`; returns `[B·T, C]`.
  public func callAsFunction(_ x: Tensor<Scalar>, context: Int) -> Tensor<Scalar> {
    let h = x + attention(layerNorm(x, gamma: ln1Gamma, beta: ln1Beta), context: context)
    return h + feedForward(layerNorm(h, gamma: ln2Gamma, beta: ln2Beta))
  }
}
