/// Grouped-query attention (GQA): `heads` query heads share `kvHeads` key and value heads,
/// each group of `heads/kvHeads` consecutive query heads reading the same keys and values.
///
/// With `kvHeads = heads` it is multi-head attention; with `kvHeads = 1` it is multi-query
/// attention. The key and value projections shrink to `[d, kvHeads·dₕ]` (`dₕ = d/heads`), and
/// so does the KV cache, by a factor `heads/kvHeads`: the reason LLaMA 2 70B and later models use it.
///
/// Query head `h` uses columns `h·dₕ ..< (h+1)·dₕ` of `x·wq`; it reads key/value head
/// `g = h / (heads/kvHeads)`, columns `g·dₕ ..< (g+1)·dₕ` of `x·wk` and `x·wv`.
///
/// Source: Ainslie et al., "GQA: Training Generalized Multi-Query Transformer Models from
/// Multi-Head Checkpoints", 2023.
///
/// - Parameters:
///   - x: `[t, d]`.
///   - wq: `[d, d]`; `wk`, `wv`: `[d, kvHeads·d/heads]`; `wo`: `[d, d]`.
///   - heads: divides `d`; `kvHeads` divides `heads`.
///   - causal: whether position `i` is kept from attending to `j > i`.
/// - Returns: `[t, d]`.
public func groupedQueryAttention(
  _ x: Matrix, wq: Matrix, wk: Matrix, wv: Matrix, wo: Matrix, heads: Int, kvHeads: Int,
  causal: Bool = false
) -> Matrix {
  let d = x.columns
  precondition(
    heads >= 1 && d % heads == 0, "groupedQueryAttention: \(heads) heads must divide d = \(d)")
  precondition(
    kvHeads >= 1 && heads % kvHeads == 0,
    "groupedQueryAttention: \(kvHeads) key/value heads must divide \(heads) heads")
  let width = d / heads  // dₕ
  precondition(
    wq.shape == [d, d] && wo.shape == [d, d] && wk.shape == [d, kvHeads * width]
      && wv.shape == [d, kvHeads * width],
    "groupedQueryAttention: wq \(wq.shape), wk \(wk.shape), wv \(wv.shape), wo \(wo.shape);"
      + " expected [\(d), \(d)], [\(d), \(kvHeads * width)] twice, [\(d), \(d)]")
  let q = matmul(x, wq)  // [t, d]
  let k = matmul(x, wk)  // [t, kvHeads·dₕ]
  let v = matmul(x, wv)  // [t, kvHeads·dₕ]
  let group = heads / kvHeads
  let outputs = (0..<heads).map { h in
    let g = h / group
    let query = q.columnBlock(h * width..<(h + 1) * width)
    let shared = g * width..<(g + 1) * width
    return attention(q: query, k: k.columnBlock(shared), v: v.columnBlock(shared), causal: causal)
      .output  // [t, dₕ]
  }
  return matmul(Matrix(concatenatingColumnsOf: outputs), wo)
}
