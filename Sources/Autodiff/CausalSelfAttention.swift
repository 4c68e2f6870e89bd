/// Causal multi-head scaled dot-product attention over a batch of sequences, as one primitive.
///
/// The input holds queries, keys and values side by side, `qkv = [Q | K | V]`, `[B·T, 3C]`,
/// for `B` sequences of `T` positions folded into rows. Head `h` of sequence `b` reads the
/// `T` rows of its sequence and the columns `h·d..<(h+1)·d` of each block (`d = C/heads`):
/// `S = Q_h·K_hᵀ/√d`, `P = softmax(S)` row by row over the positions `j ≤ i` only (the causal
/// mask; `P_ij = 0` for `j > i`), and `Y_h = P·V_h`, written into the same columns of the
/// `[B·T, C]` output, which so holds the heads concatenated.
///
/// Backward, per head: `∂P = ∂Y_h·V_hᵀ`, `∂V_h += Pᵀ·∂Y_h`,
/// `∂S = P ⊙ (∂P − rowsum(∂P ⊙ P))` (the softmax rule), `∂Q_h += ∂S·K_h/√d`,
/// `∂K_h += ∂Sᵀ·Q_h/√d`. The products run through BLAS on strided column blocks, so no head
/// is copied out, and the sequences of the batch are shared out among the cores. Equal to `Reference.multiHeadAttention(causal: true)` without its
/// projections.
///
/// Sources: Vaswani et al., "Attention Is All You Need", 2017, §3.2; Karpathy, nanoGPT
/// `model.py`, class `CausalSelfAttention` (its manual branch).
///
/// - Parameters:
///   - qkv: `[B·T, 3C]`.
///   - heads: the number of heads; it divides `C`.
///   - context: `T`, the length of each sequence; it divides the number of rows.
/// - Returns: `[B·T, C]`.
@inlinable
public func causalSelfAttention<Scalar: TensorScalar>(
  _ qkv: Tensor<Scalar>, heads: Int, context: Int
) -> Tensor<Scalar> {
  precondition(qkv.columns % 3 == 0, "causalSelfAttention: qkv \(qkv.shape) is not [rows, 3C]")
  let width = qkv.columns / 3  // C
  precondition(
    heads >= 1 && width % heads == 0,
    "causalSelfAttention: \(heads) heads must divide the width \(width)")
  precondition(
    context >= 1 && qkv.rows % context == 0,
    "causalSelfAttention: \(qkv.rows) rows are not whole sequences of \(context)")
  let t = context
  let batch = qkv.rows / t
  let d = width / heads
  let stride = 3 * width  // distance between rows of qkv
  let scale = 1 / Scalar(d).squareRoot()
  // P for every (sequence, head), [B·heads, T, T], kept for the backward pass.
  var probabilities = [Scalar](unspecified: batch * heads * t * t)
  var out = [Scalar](unspecified: qkv.rows * width)
  qkv.value.withUnsafeBufferPointer { qv in
    probabilities.withUnsafeMutableBufferPointer { pv in
      out.withUnsafeMutableBufferPointer { ov in
        // Sequences are independent: one slice of the batch per core.
        let ways = min(Parallel.ways, batch)
        Parallel.forEach(ways) { part in
          for b in Parallel.slice(part, of: ways, count: batch) {
            for h in 0..<heads {
              let q = qv.baseAddress! + b * t * stride + h * d
              let k = q + width
              let v = q + 2 * width
              let p = pv.baseAddress! + (b * heads + h) * t * t
              Matmul.fast(
                transposeA: false, transposeB: true, m: t, n: t, k: d, alpha: scale, a: q,
                lda: stride,
                b: k, ldb: stride, beta: 0, c: p, ldc: t)  // S, [T, T]
              for i in 0..<t {
                let row = p + i * t
                var largest = row[0]
                for j in 0...i where row[j] > largest { largest = row[j] }
                var total: Scalar = 0
                for j in 0...i {
                  let e = Scalar.exp(row[j] - largest)
                  row[j] = e
                  total += e
                }
                let inverse = 1 / total
                for j in 0...i { row[j] *= inverse }
                for j in (i + 1)..<t { row[j] = 0 }
              }
              Matmul.fast(
                transposeA: false, transposeB: false, m: t, n: d, k: t, alpha: 1, a: p, lda: t,
                b: v,
                ldb: stride, beta: 0, c: ov.baseAddress! + b * t * width + h * d, ldc: width)
            }
          }
        }
      }
    }
  }
  return Tensor(rows: qkv.rows, columns: width, value: out, parents: [qkv]) { out in
    let ways = min(Parallel.ways, batch)
    // ∂P, then ∂S, for one head at a time: one [T, T] scratch block per core.
    var gradP = [Scalar](repeating: 0, count: ways * t * t)
    out.grad.withUnsafeBufferPointer { gv in
      qkv.value.withUnsafeBufferPointer { qv in
        qkv.grad.withUnsafeMutableBufferPointer { qg in
          probabilities.withUnsafeBufferPointer { pv in
            gradP.withUnsafeMutableBufferPointer { dp in
              Parallel.forEach(ways) { part in
                let ds = dp.baseAddress! + part * t * t
                for b in Parallel.slice(part, of: ways, count: batch) {
                  for h in 0..<heads {
                    let offset = b * t * stride + h * d
                    let (q, k, v) = (
                      qv.baseAddress! + offset, qv.baseAddress! + offset + width,
                      qv.baseAddress! + offset + 2 * width
                    )
                    let (dq, dk, dv) = (
                      qg.baseAddress! + offset, qg.baseAddress! + offset + width,
                      qg.baseAddress! + offset + 2 * width
                    )
                    let dy = gv.baseAddress! + b * t * width + h * d
                    let p = pv.baseAddress! + (b * heads + h) * t * t
                    Matmul.fast(
                      transposeA: false, transposeB: true, m: t, n: t, k: d, alpha: 1, a: dy,
                      lda: width, b: v, ldb: stride, beta: 0, c: ds, ldc: t)  // ∂P
                    Matmul.fast(
                      transposeA: true, transposeB: false, m: t, n: d, k: t, alpha: 1, a: p, lda: t,
                      b: dy, ldb: width, beta: 1, c: dv, ldc: stride)  // ∂V += Pᵀ·∂Y
                    for i in 0..<t {
                      let (pRow, dRow) = (p + i * t, ds + i * t)
                      var dot: Scalar = 0
                      for j in 0...i { dot += pRow[j] * dRow[j] }
                      for j in 0...i { dRow[j] = pRow[j] * (dRow[j] - dot) }
                      for j in (i + 1)..<t { dRow[j] = 0 }
                    }
                    Matmul.fast(
                      transposeA: false, transposeB: false, m: t, n: d, k: t, alpha: scale, a: ds,
                      lda: t, b: k, ldb: stride, beta: 1, c: dq, ldc: stride)  // ∂Q += ∂S·K/√d
                    Matmul.fast(
                      transposeA: true, transposeB: false, m: t, n: d, k: t, alpha: scale, a: ds,
                      lda: t, b: q, ldb: stride, beta: 1, c: dk, ldc: stride)  // ∂K += ∂Sᵀ·Q/√d
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
