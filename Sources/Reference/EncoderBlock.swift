/// The original transformer's encoder block (post-LN): self-attention, then a
/// feed-forward network, each wrapped in a residual connection followed by a layer norm.
///
/// `a = LN₁(x + MHA(x))` and `out = LN₂(a + relu(a·W₁ + b₁)·W₂ + b₂)`. No mask: every
/// position sees every other, as an encoder reads its whole input at once. Layer norms use
/// `ε = 1e-5`.
///
/// Source: Vaswani et al., "Attention Is All You Need", 2017, §3.1 ("the output of each
/// sub-layer is LayerNorm(x + Sublayer(x))").
///
/// - Parameters:
///   - x: `[t, d]`.
///   - weights: the block's parameters, with model width `d`.
/// - Returns: `[t, d]`.
public func encoderBlock(_ x: Matrix, weights: TransformerBlockWeights) -> Matrix {
  let attended = multiHeadAttention(x, weights: weights.attention)  // [t, d]
  let a = layerNorm(x + attended, gamma: weights.ln1Gamma, beta: weights.ln1Beta)  // [t, d]
  let transformed = feedForward(a, weights: weights.feedForward, activation: relu)  // [t, d]
  return layerNorm(a + transformed, gamma: weights.ln2Gamma, beta: weights.ln2Beta)  // [t, d]
}
