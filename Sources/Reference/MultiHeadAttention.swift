/// The four projections of one multi-head attention layer, and its number of heads.
///
/// All projections are `[d, d]` without biases (the course's convention; nanoGPT's
/// projections have biases). Head `h` uses columns `h·d/heads ..< (h+1)·d/heads` of the
/// projected queries, keys and values.
public struct MultiHeadAttentionWeights: Equatable, Sendable {
  /// The query projection, `[d, d]`.
  public var wq: Matrix
  /// The key projection, `[d, d]`.
  public var wk: Matrix
  /// The value projection, `[d, d]`.
  public var wv: Matrix
  /// The output projection applied to the concatenated heads, `[d, d]`.
  public var wo: Matrix
  /// The number of heads; it must divide `d`.
  public var heads: Int

  /// Checks that the four projections are `[d, d]` for one `d` and that `heads` divides `d`.
  public init(wq: Matrix, wk: Matrix, wv: Matrix, wo: Matrix, heads: Int) {
    let d = wq.rows
    for (name, w) in [("wq", wq), ("wk", wk), ("wv", wv), ("wo", wo)] {
      precondition(
        w.shape == [d, d], "MultiHeadAttentionWeights: \(name) is \(w.shape), expected [\(d), \(d)]"
      )
    }
    precondition(d >= 1, "MultiHeadAttentionWeights: the model width must be at least 1")
    precondition(
      heads >= 1 && d % heads == 0,
      "MultiHeadAttentionWeights: \(heads) heads must divide the model width \(d)")
    self.wq = wq
    self.wk = wk
    self.wv = wv
    self.wo = wo
    self.heads = heads
  }

  /// The model width `d`.
  public var modelWidth: Int { wq.rows }
}

/// Multi-head attention: `concat(head₁, …, head_h)·Wo` with
/// `headᵢ = attention(Q[:, blockᵢ], K[:, blockᵢ], V[:, blockᵢ])`.
///
/// The queries come from `x`; the keys and values come from `memory` when it is given
/// (cross-attention, as in the decoder attending to the encoder's output) and from `x`
/// otherwise (self-attention). `Q = x·Wq`, `K = m·Wk`, `V = m·Wv`, each then cut into
/// `heads` **contiguous** column blocks of width `d/heads`; every head attends on its own
/// (scaled by `1/√(d/heads)`), and the heads' outputs are placed side by side again and
/// projected by `Wo`. With one head this is `attention(x·Wq, m·Wk, m·Wv)·Wo`.
///
/// Source: Vaswani et al., "Attention Is All You Need", 2017, §3.2.2.
///
/// - Parameters:
///   - x: the sequence the queries come from, `[t, d]`.
///   - memory: the sequence the keys and values come from, `[s, d]` with `s ≥ 1`;
///     `nil` means `x`.
///   - weights: the projections and the number of heads.
///   - causal: whether position `i` is kept from attending to positions `j > i` (see
///     `attention(q:k:v:causal:)` for `t ≠ s`).
/// - Returns: `[t, d]`.
public func multiHeadAttention(
  _ x: Matrix, memory: Matrix? = nil, weights: MultiHeadAttentionWeights, causal: Bool = false
) -> Matrix {
  let m = memory ?? x
  let d = weights.modelWidth
  precondition(x.columns == d, "multiHeadAttention: x is \(x.shape), expected width \(d)")
  precondition(m.columns == d, "multiHeadAttention: memory is \(m.shape), expected width \(d)")

  let q = matmul(x, weights.wq)  // [t, d]
  let k = matmul(m, weights.wk)  // [s, d]
  let v = matmul(m, weights.wv)  // [s, d]

  let width = d / weights.heads  // dₖ = dᵥ = d/h
  let heads = (0..<weights.heads).map { h in
    let block = h * width..<(h + 1) * width
    let (qh, kh, vh) = (q.columnBlock(block), k.columnBlock(block), v.columnBlock(block))
    return attention(q: qh, k: kh, v: vh, causal: causal).output  // [t, d/h]
  }
  return matmul(Matrix(concatenatingColumnsOf: heads), weights.wo)  // [t, d]
}
