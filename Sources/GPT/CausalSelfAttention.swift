import Autodiff

/// The attention sub-layer: one projection to queries, keys and values, causal multi-head
/// attention, and the output projection.
///
/// `[Q | K | V] = x·W_qkv`, `y = attention_causal(Q, K, V)·W_o`, without biases, as in
/// `Reference.multiHeadAttention` (whose `W_q`, `W_k`, `W_v` are the three column blocks of
/// `W_qkv`). Source: nanoGPT `model.py`, class `CausalSelfAttention`.
public struct CausalSelfAttention<Scalar: TensorScalar> {
  /// `[C, 3C]`.
  public let wqkv: Tensor<Scalar>
  /// `[C, C]`.
  public let wo: Tensor<Scalar>
  /// The number of heads.
  public let heads: Int

  /// The sub-layer on `x`, `[B·T, C]`, for sequences of `context` positions; returns `[B·T, C]`.
  public func callAsFunction(_ x: Tensor<Scalar>, context: Int) -> Tensor<Scalar> {
    let qkv = matmul(x, wqkv)  // [B·T, 3C]
    let y = causalSelfAttention(qkv, heads: heads, context: context)  // [B·T, C]
    return matmul(y, wo)  // [B·T, C]
  }
}
