import Testing

@testable import Reference

@Suite struct MultiHeadAttentionTests {
  let d = 6

  func weights(heads: Int) -> MultiHeadAttentionWeights {
    MultiHeadAttentionWeights(
      wq: sampleMatrix(d, d, seed: 2), wk: sampleMatrix(d, d, seed: 3),
      wv: sampleMatrix(d, d, seed: 5), wo: sampleMatrix(d, d, seed: 7), heads: heads)
  }

  @Test(arguments: [false, true])
  func oneHeadEqualsPlainAttention(causal: Bool) {
    let x = sampleMatrix(4, d)
    let w = weights(heads: 1)
    let plain = attention(
      q: matmul(x, w.wq), k: matmul(x, w.wk), v: matmul(x, w.wv), causal: causal
    ).output
    let expected = matmul(plain, w.wo)
    #expect(multiHeadAttention(x, weights: w, causal: causal) == expected)
  }

  @Test func headsUseContiguousColumnBlocks() {
    // With the identity as every projection, head h sees exactly columns 2h, 2h+1 of x.
    let identity = Matrix(rows: d, columns: d) { r, c in r == c ? 1 : 0 }
    let w = MultiHeadAttentionWeights(
      wq: identity, wk: identity, wv: identity, wo: identity, heads: 3)
    let x = sampleMatrix(5, d)
    let output = multiHeadAttention(x, weights: w)
    for h in 0..<3 {
      let block = x.columnBlock(2 * h..<2 * h + 2)
      #expect(
        output.columnBlock(2 * h..<2 * h + 2) == attention(q: block, k: block, v: block).output)
    }
  }

  @Test func crossAttentionTakesKeysAndValuesFromMemory() {
    let x = sampleMatrix(3, d)
    let memory = sampleMatrix(5, d, seed: 11)
    let output = multiHeadAttention(x, memory: memory, weights: weights(heads: 2))
    #expect(output.shape == [3, d])
    #expect(output != multiHeadAttention(x, weights: weights(heads: 2)))
  }

  @Test func selfAttentionIsCrossAttentionOverItself() {
    let x = sampleMatrix(4, d)
    #expect(
      multiHeadAttention(x, memory: x, weights: weights(heads: 3))
        == multiHeadAttention(x, weights: weights(heads: 3)))
  }
}
