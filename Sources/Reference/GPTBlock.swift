/// A GPT block (pre-LN): each sub-layer reads a layer-normed copy of the residual stream
/// and adds its result back to the stream.
///
/// `h = x + MHA_causal(LN₁(x))` and `out = h + gelu(LN₂(h)·W₁ + b₁)·W₂ + b₂`, with the exact
/// GELU `x·Φ(x)` and layer norms with `ε = 1e-5`. The mask is causal: position `i` sees
/// positions `j ≤ i`, so the block can be trained to predict the next token at every
/// position at once. Moving the layer norm in front of the sub-layer leaves the residual
/// path an identity from input to output, which makes deep stacks easier to train; GPT-2
/// adds one final layer norm after the last block, which is not part of the block.
///
/// Sources: Radford et al., "Language Models are Unsupervised Multitask Learners" (GPT-2),
/// 2019, §2.3; Xiong et al., "On Layer Normalization in the Transformer Architecture",
/// 2020; Karpathy's nanoGPT `model.py`, class `Block`.
///
/// - Parameters:
///   - x: `[t, d]`.
///   - weights: the block's parameters, with model width `d`.
/// - Returns: `[t, d]`.
public func gptBlock(_ x: Matrix, weights: TransformerBlockWeights) -> Matrix {
  let normed1 = layerNorm(x, gamma: weights.ln1Gamma, beta: weights.ln1Beta)  // [t, d]
  let h = x + multiHeadAttention(normed1, weights: weights.attention, causal: true)  // [t, d]
  let normed2 = layerNorm(h, gamma: weights.ln2Gamma, beta: weights.ln2Beta)  // [t, d]
  let transformed = feedForward(normed2, weights: weights.feedForward) { hidden in
    gelu(hidden, approximation: .none)  // exact: x·Φ(x), with erf
  }  // [t, d]
  return h + transformed  // [t, d]
}
