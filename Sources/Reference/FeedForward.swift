/// The two layers of a transformer's position-wise feed-forward network.
public struct FeedForwardWeights: Equatable, Sendable {
  /// The expansion, `[d, ff]`.
  public var w1: Matrix
  /// Its bias, length `ff`.
  public var b1: [Double]
  /// The projection back, `[ff, d]`.
  public var w2: Matrix
  /// Its bias, length `d`.
  public var b2: [Double]

  /// Checks that the shapes chain: `[d, ff]`, `ff`, `[ff, d]`, `d`.
  public init(w1: Matrix, b1: [Double], w2: Matrix, b2: [Double]) {
    precondition(
      b1.count == w1.columns && w2.rows == w1.columns && w2.columns == w1.rows
        && b2.count == w1.rows,
      "FeedForwardWeights: w1 \(w1.shape), b1 [\(b1.count)], w2 \(w2.shape), b2 [\(b2.count)] "
        + "must be [d, ff], [ff], [ff, d], [d]")
    self.w1 = w1
    self.b1 = b1
    self.w2 = w2
    self.b2 = b2
  }

  /// The model width `d`.
  public var modelWidth: Int { w1.rows }
}

/// The position-wise feed-forward network, `activation(x·W₁ + b₁)·W₂ + b₂`.
///
/// Every row (position) goes through the same two layers on its own: the sub-layer that
/// follows attention in every transformer block. The original transformer uses ReLU and
/// `ff = 4d`; GPT-2 uses GELU.
///
/// Source: Vaswani et al., "Attention Is All You Need", 2017, §3.3, equation (2).
///
/// - Parameters:
///   - x: `[t, d]`.
///   - weights: `W₁ [d, ff]`, `b₁`, `W₂ [ff, d]`, `b₂`.
///   - activation: applied element-wise to the hidden `[t, ff]` layer.
/// - Returns: `[t, d]`.
func feedForward(
  _ x: Matrix, weights: FeedForwardWeights, activation: (Matrix) -> Matrix
) -> Matrix {
  precondition(
    x.columns == weights.modelWidth,
    "feedForward: x is \(x.shape), expected width \(weights.modelWidth)")
  let hidden = activation(linear(x, weight: weights.w1, bias: weights.b1))  // [t, ff]
  return linear(hidden, weight: weights.w2, bias: weights.b2)  // [t, d]
}
