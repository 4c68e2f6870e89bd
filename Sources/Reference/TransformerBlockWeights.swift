/// The parameters of one transformer block with a single attention layer: the encoder
/// block and the GPT block share this layout.
///
/// In the order of the architecture: the attention projections and head count, the first
/// layer norm, the two-layer feed-forward network (`d → ff → d`), the second layer norm.
/// Where each layer norm sits (after the residual sum in the encoder, before the sub-layer
/// in GPT) is the block's business, not the weights'.
public struct TransformerBlockWeights: Equatable, Sendable {
  /// The query projection, `[d, d]`.
  public var wq: Matrix
  /// The key projection, `[d, d]`.
  public var wk: Matrix
  /// The value projection, `[d, d]`.
  public var wv: Matrix
  /// The output projection, `[d, d]`.
  public var wo: Matrix
  /// The number of attention heads; it must divide `d`.
  public var heads: Int
  /// `γ` of the layer norm around the attention sub-layer, length `d`.
  public var ln1Gamma: [Double]
  /// `β` of the layer norm around the attention sub-layer, length `d`.
  public var ln1Beta: [Double]
  /// The feed-forward network's expansion, `[d, ff]`.
  public var w1: Matrix
  /// Its bias, length `ff`.
  public var b1: [Double]
  /// The feed-forward network's projection back, `[ff, d]`.
  public var w2: Matrix
  /// Its bias, length `d`.
  public var b2: [Double]
  /// `γ` of the layer norm around the feed-forward sub-layer, length `d`.
  public var ln2Gamma: [Double]
  /// `β` of the layer norm around the feed-forward sub-layer, length `d`.
  public var ln2Beta: [Double]

  /// Checks every shape against `d = wq.rows` and `ff = w1.columns`.
  public init(
    wq: Matrix, wk: Matrix, wv: Matrix, wo: Matrix, heads: Int,
    ln1Gamma: [Double], ln1Beta: [Double],
    w1: Matrix, b1: [Double], w2: Matrix, b2: [Double],
    ln2Gamma: [Double], ln2Beta: [Double]
  ) {
    let feedForward = FeedForwardWeights(w1: w1, b1: b1, w2: w2, b2: b2)
    let d = wq.rows
    precondition(
      feedForward.modelWidth == d,
      "TransformerBlockWeights: w1 is \(w1.shape); its rows must be the model width \(d)")
    for (name, vector) in [
      ("ln1Gamma", ln1Gamma), ("ln1Beta", ln1Beta), ("ln2Gamma", ln2Gamma), ("ln2Beta", ln2Beta),
    ] {
      precondition(
        vector.count == d,
        "TransformerBlockWeights: \(name) has length \(vector.count), expected \(d)")
    }
    _ = MultiHeadAttentionWeights(wq: wq, wk: wk, wv: wv, wo: wo, heads: heads)  // checks them
    self.wq = wq
    self.wk = wk
    self.wv = wv
    self.wo = wo
    self.heads = heads
    self.ln1Gamma = ln1Gamma
    self.ln1Beta = ln1Beta
    self.w1 = w1
    self.b1 = b1
    self.w2 = w2
    self.b2 = b2
    self.ln2Gamma = ln2Gamma
    self.ln2Beta = ln2Beta
  }

  /// The model width `d`.
  public var modelWidth: Int { wq.rows }

  /// The attention layer's weights.
  var attention: MultiHeadAttentionWeights {
    MultiHeadAttentionWeights(wq: wq, wk: wk, wv: wv, wo: wo, heads: heads)
  }

  /// The feed-forward network's weights.
  var feedForward: FeedForwardWeights { FeedForwardWeights(w1: w1, b1: b1, w2: w2, b2: b2) }
}
