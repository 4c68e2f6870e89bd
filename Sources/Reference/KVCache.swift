/// The keys and values a decoder has computed so far, so that each new token attends over them
/// without recomputing the past.
///
/// Generating token `t + 1` with causal attention needs the query of the newest position only,
/// but the keys and values of every position so far. Those never change once computed (a
/// causal model's position `j` sees nothing after itself), so a decoder keeps them: each step
/// appends one row to `keys` and `values` and attends with one query row. Per new token the
/// work is `O(t·d)` instead of the `O(t²·d)` of recomputing the whole sequence, at the price of
/// `2·t·d` stored numbers per layer — the memory that makes generation memory-bound.
///
/// Decoding a sequence one row at a time through a cache gives exactly the rows of causal
/// attention over the whole sequence (`attention(q:k:v:causal: true)`).
public struct KVCache: Equatable, Sendable {
  /// The keys of every position so far, `[t, dₖ]`.
  public private(set) var keys: Matrix
  /// The values of every position so far, `[t, dᵥ]`.
  public private(set) var values: Matrix

  /// An empty cache for keys of width `keyWidth` and values of width `valueWidth`.
  public init(keyWidth: Int, valueWidth: Int) {
    keys = Matrix(rows: 0, columns: keyWidth)
    values = Matrix(rows: 0, columns: valueWidth)
  }

  /// A cache that already holds `keys` (`[t, dₖ]`) and `values` (`[t, dᵥ]`), one row per
  /// position.
  public init(keys: Matrix, values: Matrix) {
    precondition(
      keys.rows == values.rows,
      "KVCache: keys \(keys.shape) and values \(values.shape) need one row per position each")
    self.keys = keys
    self.values = values
  }

  /// The number of positions cached.
  public var count: Int { keys.rows }

  /// Appends the newest position's key and value (one row each), then returns its attention
  /// output: `softmax(q·Kᵀ/√dₖ)·V` over every cached position, itself included.
  ///
  /// - Parameters:
  ///   - query: `[1, dₖ]`.
  ///   - key: `[1, dₖ]`.
  ///   - value: `[1, dᵥ]`.
  /// - Returns: `[1, dᵥ]`.
  public mutating func attend(query: Matrix, key: Matrix, value: Matrix) -> Matrix {
    precondition(
      query.rows == 1 && key.rows == 1 && value.rows == 1,
      "KVCache.attend: one row each, got query \(query.shape), key \(key.shape), value \(value.shape)"
    )
    precondition(
      key.columns == keys.columns && query.columns == keys.columns
        && value.columns == values.columns,
      "KVCache.attend: widths \(query.shape), \(key.shape), \(value.shape) do not match the cache"
        + " [\(keys.columns)], [\(values.columns)]")
    keys = Matrix(rows: keys.rows + 1, columns: keys.columns, storage: keys.storage + key.storage)
    values = Matrix(
      rows: values.rows + 1, columns: values.columns, storage: values.storage + value.storage)
    // The newest position may see every cached one: no mask is needed.
    return attention(q: query, k: keys, v: values).output
  }
}

/// Causal self-attention computed one position at a time through a ``KVCache``: row `i` of
/// the result attends over rows `0…i` of `k` and `v`.
///
/// - Parameters:
///   - q: `[t, dₖ]`, `k`: `[t, dₖ]`, `v`: `[t, dᵥ]`.
/// - Returns: `[t, dᵥ]`, equal to `attention(q: q, k: k, v: v, causal: true).output`.
public func cachedCausalAttention(q: Matrix, k: Matrix, v: Matrix) -> Matrix {
  precondition(
    q.rows == k.rows && k.rows == v.rows,
    "cachedCausalAttention: q \(q.shape), k \(k.shape) and v \(v.shape) need the same rows")
  var cache = KVCache(keyWidth: k.columns, valueWidth: v.columns)
  var storage: [Double] = []
  for t in 0..<q.rows {
    let row = { (m: Matrix) in Matrix(row: m.row(t)) }
    storage += cache.attend(query: row(q), key: row(k), value: row(v)).storage
  }
  return Matrix(rows: q.rows, columns: v.columns, storage: storage)
}
