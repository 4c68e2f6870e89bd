import Autodiff
import PrimerKit
import Reference
import Testing

/// The tensor operations compute what the course's Double reference library computes.
@Suite struct ReferenceAgreementTests {
  func matrix(_ t: Tensor<Double>) -> Matrix {
    Matrix(rows: t.rows, columns: t.columns, storage: t.value)
  }

  @Test func layerNormMatchesTheReference() {
    let (x, gamma, beta) = (
      randomTensor(4, 6, seed: 1), randomTensor(1, 6, seed: 2), randomTensor(1, 6, seed: 3)
    )
    let expected = Reference.layerNorm(matrix(x), gamma: gamma.value, beta: beta.value)
    #expect(relativeError(layerNorm(x, gamma: gamma, beta: beta).value, expected.storage) < 1e-14)
  }

  @Test func geluMatchesTheExactReference() {
    let x = randomTensor(3, 5, seed: 4, scale: 3)
    #expect(
      relativeError(gelu(x).value, Reference.gelu(matrix(x), approximation: .none).storage) < 1e-15)
  }

  /// Large enough (2¹⁵ entries) to be split across cores: the gradients equal those of the
  /// same rows normalised in small pieces.
  @Test func layerNormOnManyRowsMatchesItsPieces() {
    let (x, gamma, beta) = (
      randomTensor(512, 64, seed: 8), randomTensor(1, 64, seed: 9), randomTensor(1, 64, seed: 10)
    )
    let r = randomTensor(512, 64, seed: 11)
    sum(layerNorm(x, gamma: gamma, beta: beta) * r).backward()
    var pieceGamma = [Double](repeating: 0, count: 64)
    for start in stride(from: 0, to: 512, by: 64) {
      let rows = Array(x.value[(start * 64)..<((start + 64) * 64)])
      let piece = Tensor(rows: 64, columns: 64, value: rows)
      let (g, b) = (
        Tensor(rows: 1, columns: 64, value: gamma.value),
        Tensor(rows: 1, columns: 64, value: beta.value)
      )
      let weights = Tensor(
        rows: 64, columns: 64, value: Array(r.value[(start * 64)..<((start + 64) * 64)]))
      sum(layerNorm(piece, gamma: g, beta: b) * weights).backward()
      #expect(relativeError(piece.grad, Array(x.grad[(start * 64)..<((start + 64) * 64)])) < 1e-14)
      for c in 0..<64 { pieceGamma[c] += g.grad[c] }
    }
    #expect(relativeError(pieceGamma, gamma.grad) < 1e-13)
  }

  /// Large enough (2¹⁵ entries) to be split across cores.
  @Test func geluOnALargeTensorMatchesTheReferenceEntryByEntry() {
    let x = randomTensor(128, 256, seed: 7, scale: 3)
    let y = gelu(x)
    #expect(
      relativeError(y.value, x.value.map { Reference.gelu($0, approximation: .none) }) < 1e-15)
    sum(y).backward()
    let expected = x.value.map { Reference.geluDerivative($0, approximation: .none) }
    #expect(relativeError(x.grad, expected) < 1e-14)
  }

  @Test func crossEntropyMatchesTheReference() {
    let logits = randomTensor(4, 6, seed: 5, scale: 3)
    let targets = [0, 5, 2, 2]
    let expected = Reference.crossEntropy(logits: matrix(logits), targets: targets)
    #expect(abs(crossEntropy(logits, targets: targets).value[0] - expected) < 1e-14)
  }

  /// Each head of each sequence equals `Reference.attention(causal: true)` on its column blocks.
  @Test func causalAttentionMatchesTheReferencePerHead() {
    let (batch, t, c, heads) = (2, 5, 6, 3)
    let qkv = randomTensor(batch * t, 3 * c, seed: 6)
    let out = causalSelfAttention(qkv, heads: heads, context: t)
    let d = c / heads
    for b in 0..<batch {
      for h in 0..<heads {
        func block(_ offset: Int) -> Matrix {
          Matrix(rows: t, columns: d) { i, j in qkv[b * t + i, offset + h * d + j] }
        }
        let expected = Reference.attention(q: block(0), k: block(c), v: block(2 * c), causal: true)
          .output
        let got = Matrix(rows: t, columns: d) { i, j in out[b * t + i, h * d + j] }
        #expect(relativeError(got.storage, expected.storage) < 1e-14)
      }
    }
  }
}
