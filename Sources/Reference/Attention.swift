#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What scaled dot-product attention returns: the mixed values and the weights that mixed them.
public struct AttentionResult: Equatable, Sendable {
  /// `[tq, dᵥ]`: row `i` is the weighted average of the value rows that query `i` attends to.
  public var output: Matrix
  /// `[tq, tk]`: row `i` holds how much query `i` attends to each key; every row sums to 1,
  /// and masked entries are exactly 0.
  public var weights: Matrix

  /// Pairs an attention output with the weights that produced it.
  public init(output: Matrix, weights: Matrix) {
    self.output = output
    self.weights = weights
  }
}

/// Scaled dot-product attention, `softmax(Q·Kᵀ / √dₖ)·V`.
///
/// Each query row is compared with every key row by a dot product; dividing by `√dₖ` keeps
/// the scores' variance near 1 whatever the width, so the softmax does not saturate. The
/// softmax turns each row of scores into weights, and the output row is the weighted
/// average of the value rows.
///
/// With `causal`, query `i` may only attend to keys `j ≤ i`: the scores with `j > i` are
/// set to `−∞` before the softmax, so their weights are exactly 0. The mask is aligned at
/// the top-left corner (as PyTorch's `is_causal`), which is the usual mask when `tq == tk`
/// (self-attention over one sequence). For `tq ≠ tk` the same rule `j > i` applies:
/// if `tq > tk`, queries `i ≥ tk − 1` see every key; if `tq < tk`, the last keys are never
/// seen. Query 0 always sees key 0, so no row is ever fully masked (which would make the
/// softmax divide 0 by 0).
///
/// Large scores are safe: `softmax(_:)` subtracts each row's maximum first.
///
/// Source: Vaswani et al., "Attention Is All You Need", 2017, §3.2.1, equation (1).
///
/// - Parameters:
///   - q: the queries, `[tq, dₖ]`.
///   - k: the keys, `[tk, dₖ]`, with `tk ≥ 1` and `dₖ ≥ 1`.
///   - v: the values, `[tk, dᵥ]`.
///   - causal: whether query `i` is kept from seeing keys `j > i`.
/// - Returns: the output `[tq, dᵥ]` and the weights `[tq, tk]`.
public func attention(q: Matrix, k: Matrix, v: Matrix, causal: Bool = false) -> AttentionResult {
  precondition(
    q.columns == k.columns,
    "attention: queries \(q.shape) and keys \(k.shape) need the same width dₖ")
  precondition(
    k.rows == v.rows, "attention: keys \(k.shape) and values \(v.shape) need the same row count tk")
  precondition(k.rows >= 1, "attention: there must be at least one key, got keys \(k.shape)")
  precondition(k.columns >= 1, "attention: the key width dₖ must be at least 1, got \(k.shape)")

  let scale = 1 / Double(k.columns).squareRoot()
  var scores = scale * matmul(q, k.transposed)  // [tq, tk]
  if causal { scores = causallyMasked(scores) }
  let weights = softmax(scores)  // [tq, tk]
  let output = matmul(weights, v)  // [tq, dᵥ]
  return AttentionResult(output: output, weights: weights)
}

/// `scores` with every entry above the diagonal (`j > i`) replaced by `−∞`.
func causallyMasked(_ scores: Matrix) -> Matrix {
  var masked = scores
  for i in 0..<scores.rows {
    for j in 0..<scores.columns where j > i { masked[i, j] = -.infinity }
  }
  return masked
}
