#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rotary position embedding (RoPE): each pair of columns of a row is rotated by an angle that
/// grows with the row's position.
///
/// Row `r` of `x` is the vector of the token at position `p = offset + r`. Its columns are
/// taken in pairs `(2i, 2i+1)`, `i = 0 … d/2 − 1`, and each pair is rotated by
/// `θᵢ = p · base^(−2i/d)`:
///
///     y[r, 2i]   = x[r, 2i]·cos θᵢ − x[r, 2i+1]·sin θᵢ
///     y[r, 2i+1] = x[r, 2i]·sin θᵢ + x[r, 2i+1]·cos θᵢ
///
/// Applied to queries and keys before their dot product, the score of a query at position
/// `m` and a key at position `n` then depends on `m − n` only: rotations compose, and the
/// dot product of two rotated vectors sees only the difference of their angles. The first
/// pairs turn fast (θ₀ = p radians), the last ones slowly, like the sinusoidal encoding's
/// frequencies. This is the interleaved-pairs convention of the RoFormer paper; some code
/// bases (GPT-NeoX, Hugging Face's LLaMA) pair column `i` with `i + d/2` instead, which is
/// the same rotation on permuted columns.
///
/// `offset` is the position of the first row: a cache that has already seen `offset` tokens
/// rotates the next token's query and key with `offset = ` that count.
///
/// Source: Su et al., "RoFormer: Enhanced Transformer with Rotary Position Embedding", 2021,
/// equations (13)–(15).
///
/// - Parameters:
///   - x: `[t, d]` with `d` even.
///   - base: the base of the frequencies, 10000 by default (`> 0`).
///   - offset: the position of row 0, `≥ 0`.
/// - Returns: `[t, d]`.
public func rotaryEmbedding(_ x: Matrix, base: Double = 10000, offset: Int = 0) -> Matrix {
  precondition(x.columns % 2 == 0, "rotaryEmbedding: the width of x \(x.shape) must be even")
  precondition(base > 0, "rotaryEmbedding: base must be positive, got \(base)")
  precondition(offset >= 0, "rotaryEmbedding: offset must be ≥ 0, got \(offset)")
  let d = Double(x.columns)
  var y = x
  for r in 0..<x.rows {
    let position = Double(offset + r)
    for i in 0..<(x.columns / 2) {
      let angle = position * pow(base, -2 * Double(i) / d)
      let (c, s) = (cos(angle), sin(angle))
      let (even, odd) = (x[r, 2 * i], x[r, 2 * i + 1])
      y[r, 2 * i] = even * c - odd * s
      y[r, 2 * i + 1] = even * s + odd * c
    }
  }
  return y
}
