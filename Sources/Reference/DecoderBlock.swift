/// The parameters of the original transformer's decoder block: two attention layers (its
/// own masked self-attention and the cross-attention over the encoder's output), a
/// feed-forward network and three layer norms.
public struct DecoderBlockWeights: Equatable, Sendable {
  /// The masked self-attention layer.
  public var selfAttention: MultiHeadAttentionWeights
  /// `γ` of the layer norm after self-attention, length `d`.
  public var ln1Gamma: [Double]
  /// `β` of the layer norm after self-attention, length `d`.
  public var ln1Beta: [Double]
  /// The cross-attention layer: queries from the decoder, keys and values from the memory.
  public var crossAttention: MultiHeadAttentionWeights
  /// `γ` of the layer norm after cross-attention, length `d`.
  public var ln2Gamma: [Double]
  /// `β` of the layer norm after cross-attention, length `d`.
  public var ln2Beta: [Double]
  /// The feed-forward network.
  public var feedForward: FeedForwardWeights
  /// `γ` of the layer norm after the feed-forward network, length `d`.
  public var ln3Gamma: [Double]
  /// `β` of the layer norm after the feed-forward network, length `d`.
  public var ln3Beta: [Double]

  /// Checks that every part has the model width `d = selfAttention.modelWidth`.
  public init(
    selfAttention: MultiHeadAttentionWeights, ln1Gamma: [Double], ln1Beta: [Double],
    crossAttention: MultiHeadAttentionWeights, ln2Gamma: [Double], ln2Beta: [Double],
    feedForward: FeedForwardWeights, ln3Gamma: [Double], ln3Beta: [Double]
  ) {
    let d = selfAttention.modelWidth
    precondition(
      crossAttention.modelWidth == d && feedForward.modelWidth == d,
      "DecoderBlockWeights: widths differ: self-attention \(d), cross-attention "
        + "\(crossAttention.modelWidth), feed-forward \(feedForward.modelWidth)")
    for (name, vector) in [
      ("ln1Gamma", ln1Gamma), ("ln1Beta", ln1Beta), ("ln2Gamma", ln2Gamma),
      ("ln2Beta", ln2Beta), ("ln3Gamma", ln3Gamma), ("ln3Beta", ln3Beta),
    ] {
      precondition(
        vector.count == d, "DecoderBlockWeights: \(name) has length \(vector.count), expected \(d)")
    }
    self.selfAttention = selfAttention
    self.ln1Gamma = ln1Gamma
    self.ln1Beta = ln1Beta
    self.crossAttention = crossAttention
    self.ln2Gamma = ln2Gamma
    self.ln2Beta = ln2Beta
    self.feedForward = feedForward
    self.ln3Gamma = ln3Gamma
    self.ln3Beta = ln3Beta
  }
}

/// The original transformer's decoder block (post-LN): masked self-attention, then
/// cross-attention over the encoder's output, then a feed-forward network, each wrapped in
/// a residual connection followed by a layer norm.
///
/// `a = LN₁(x + MHA_causal(x))`, `c = LN₂(a + MHA(a, memory))` and
/// `out = LN₃(c + relu(c·W₁ + b₁)·W₂ + b₂)`, with layer norms using `ε = 1e-5`. The
/// self-attention is causal (position `i` sees decoder positions `j ≤ i`); the
/// cross-attention is not masked: every decoder position sees the whole source.
///
/// Source: Vaswani et al., "Attention Is All You Need", 2017, §3.1 and §3.2.3.
///
/// - Parameters:
///   - x: the decoder's input, `[t, d]`.
///   - memory: the encoder's output, `[s, d]` with `s ≥ 1`.
///   - weights: the block's parameters, with model width `d`.
/// - Returns: `[t, d]`.
public func decoderBlock(_ x: Matrix, memory: Matrix, weights: DecoderBlockWeights) -> Matrix {
  let attended = multiHeadAttention(x, weights: weights.selfAttention, causal: true)  // [t, d]
  let a = layerNorm(x + attended, gamma: weights.ln1Gamma, beta: weights.ln1Beta)  // [t, d]
  let consulted = multiHeadAttention(a, memory: memory, weights: weights.crossAttention)  // [t, d]
  let c = layerNorm(a + consulted, gamma: weights.ln2Gamma, beta: weights.ln2Beta)  // [t, d]
  let transformed = feedForward(c, weights: weights.feedForward, activation: relu)  // [t, d]
  return layerNorm(c + transformed, gamma: weights.ln3Gamma, beta: weights.ln3Beta)  // [t, d]
}
