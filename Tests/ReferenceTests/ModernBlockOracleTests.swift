import Testing

@testable import Reference

/// The names of the cases of `modern.json` in `family`.
func modernFixtureNames(_ family: String) throws -> [String] {
  try FixtureFile.load("modern").cases(of: family).map(\.name)
}

/// The case `name` of `modern.json`.
func modernFixture(_ name: String) throws -> FixtureCase {
  try FixtureFile.load("modern").case(name)
}

/// RMSNorm, RoPE, SwiGLU and grouped-query attention against the JAX oracle
/// (`Fixtures/oracle_modern.py`).
@Suite struct ModernBlockOracleTests {
  @Test(arguments: try modernFixtureNames("rms_norm"))
  func rmsNormMatchesOracle(_ name: String) throws {
    let fixture = try modernFixture(name)
    let y = rmsNorm(
      try fixture.matrix("x"), gamma: try fixture.vector("gamma"),
      epsilon: try fixture.number("epsilon"))
    #expect(isClose(y, try fixture.matrix("output"), relative: 1e-12, absolute: 1e-13))
  }

  @Test(arguments: try modernFixtureNames("rotary_embedding"))
  func rotaryEmbeddingMatchesOracle(_ name: String) throws {
    let fixture = try modernFixture(name)
    let y = rotaryEmbedding(
      try fixture.matrix("x"), base: try fixture.number("base"),
      offset: try fixture.integer("offset"))
    #expect(isClose(y, try fixture.matrix("output"), relative: 1e-12, absolute: 1e-13))
  }

  @Test(arguments: try modernFixtureNames("swiglu"))
  func swigluMatchesOracle(_ name: String) throws {
    let fixture = try modernFixture(name)
    let y = swiglu(
      try fixture.matrix("x"), w: try fixture.matrix("w"), v: try fixture.matrix("v"),
      w2: try fixture.matrix("w2"))
    #expect(isClose(y, try fixture.matrix("output"), relative: 1e-11, absolute: 1e-12))
  }

  @Test(arguments: try modernFixtureNames("grouped_query_attention"))
  func groupedQueryAttentionMatchesOracle(_ name: String) throws {
    let fixture = try modernFixture(name)
    let y = groupedQueryAttention(
      try fixture.matrix("x"), wq: try fixture.matrix("wq"), wk: try fixture.matrix("wk"),
      wv: try fixture.matrix("wv"), wo: try fixture.matrix("wo"),
      heads: try fixture.integer("heads"), kvHeads: try fixture.integer("kv_heads"),
      causal: try fixture.integer("causal") == 1)
    #expect(isClose(y, try fixture.matrix("output"), relative: 1e-10, absolute: 1e-11))
  }

  @Test func groupedQueryAttentionWithOneGroupPerHeadIsMultiHeadAttention() {
    var random = SplitMix64(seed: 7)
    let draw = { (rows: Int, columns: Int) in
      Matrix(rows: rows, columns: columns) { _, _ in Double(random.next() % 2001) / 1000 - 1 }
    }
    let (x, wq, wk, wv, wo) = (draw(4, 6), draw(6, 6), draw(6, 6), draw(6, 6), draw(6, 6))
    let grouped = groupedQueryAttention(
      x, wq: wq, wk: wk, wv: wv, wo: wo, heads: 3, kvHeads: 3, causal: true)
    let multiHead = multiHeadAttention(
      x, weights: MultiHeadAttentionWeights(wq: wq, wk: wk, wv: wv, wo: wo, heads: 3),
      causal: true)
    #expect(isClose(grouped, multiHead))
  }

  @Test func rotaryScoresDependOnlyOnTheDistanceBetweenPositions() {
    let q = Matrix([[0.3, -1.2, 0.8, 0.5]])
    let k = Matrix([[1.1, 0.4, -0.6, 0.9]])
    let score = { (m: Int, n: Int) in
      matmul(rotaryEmbedding(q, offset: m), rotaryEmbedding(k, offset: n).transposed)[0, 0]
    }
    #expect(isClose(score(5, 2), score(13, 10), relative: 1e-12, absolute: 1e-12))
    #expect(!isClose(score(5, 2), score(5, 3), relative: 1e-6, absolute: 1e-6))
  }

  @Test func rmsNormOfAZeroRowIsZero() {
    let y = rmsNorm(Matrix([[0, 0, 0]]), gamma: [1, 2, 3])
    #expect(y == Matrix([[0, 0, 0]]))
  }

  @Test func siluIsFiniteForLargeInputs() {
    #expect(silu(-1000) == 0)
    #expect(silu(1000) == 1000)
    #expect(isClose(silu(1), 1 / (1 + 1 / 2.718281828459045), relative: 1e-15))
  }
}

/// The KV cache, top-p, perplexity and byte-pair encoding against the oracle.
@Suite struct GenerationOracleTests {
  @Test(arguments: try modernFixtureNames("cached_attention"))
  func cachedDecodingMatchesCausalAttention(_ name: String) throws {
    let fixture = try modernFixture(name)
    let (q, k, v) = (try fixture.matrix("q"), try fixture.matrix("k"), try fixture.matrix("v"))
    let cached = cachedCausalAttention(q: q, k: k, v: v)
    #expect(isClose(cached, try fixture.matrix("output"), relative: 1e-12, absolute: 1e-13))
    #expect(isClose(cached, attention(q: q, k: k, v: v, causal: true).output))
  }

  @Test func theCacheGrowsByOneRowPerToken() {
    var cache = KVCache(keyWidth: 2, valueWidth: 3)
    for step in 1...4 {
      _ = cache.attend(
        query: Matrix([[1, 0]]), key: Matrix([[Double(step), 1]]), value: Matrix([[1, 2, 3]]))
      #expect(cache.count == step)
      #expect(cache.values.shape == [step, 3])
    }
  }

  @Test(arguments: try modernFixtureNames("top_p"))
  func topPMatchesOracle(_ name: String) throws {
    let fixture = try modernFixture(name)
    let y = topPProbabilities(try fixture.matrix("logits"), p: try fixture.number("p"))
    #expect(isClose(y, try fixture.matrix("output"), relative: 1e-12, absolute: 1e-15))
    for r in 0..<y.rows { #expect(isClose(y.row(r).reduce(0, +), 1, relative: 1e-12)) }
  }

  @Test func topPKeepsTheMostProbableTokenEvenForATinyP() {
    let y = topPProbabilities(Matrix([[0.1, 3, 2]]), p: 1e-9)
    #expect(y == Matrix([[0, 1, 0]]))
  }

  @Test(arguments: try modernFixtureNames("perplexity"))
  func perplexityMatchesOracle(_ name: String) throws {
    let fixture = try modernFixture(name)
    let value = perplexity(
      logits: try fixture.matrix("logits"), targets: try fixture.integers("targets"))
    #expect(isClose(value, try fixture.number("output"), relative: 1e-12))
  }

  @Test(arguments: try modernFixtureNames("bpe"))
  func bytePairEncodingMatchesOracle(_ name: String) throws {
    let fixture = try modernFixture(name)
    let merges = BytePairEncoding.train(
      try fixture.string("text"), vocabularySize: try fixture.integer("vocab_size"))
    let expected = try expectedMerges(of: fixture)
    #expect(merges == expected)
    let text = try fixture.string("encode_text")
    let ids = BytePairEncoding.encode(text, merges: merges)
    #expect(ids == (try fixture.integers("encoded")))
    #expect(BytePairEncoding.decode(ids, merges: merges) == Array(text.utf8))
  }

  private func expectedMerges(of fixture: FixtureCase) throws -> [BytePairEncoding.Merge] {
    guard case .array(let pairs) = fixture.values["merges"] else {
      throw FixtureError(description: "\(fixture.name).merges is not an array")
    }
    return try pairs.enumerated().map { index, pair in
      let ids = try FixtureCase(name: fixture.name, values: ["pair": pair]).integers("pair")
      try #require(ids.count == 2, "merge \(index) of \(fixture.name) is not a pair")
      return BytePairEncoding.Merge(ids[0], ids[1])
    }
  }
}

/// Dropout, bits per token and early stopping against the oracle.
@Suite struct TrainingWellOracleTests {
  @Test(arguments: try modernFixtureNames("dropout"))
  func dropoutMatchesOracle(_ name: String) throws {
    let fixture = try modernFixture(name)
    let y = dropout(
      try fixture.matrix("x"), draws: try fixture.matrix("draws"), rate: try fixture.number("rate"))
    #expect(isClose(y, try fixture.matrix("output"), relative: 1e-15, absolute: 0))
  }

  @Test(arguments: try modernFixtureNames("bits_per_token"))
  func bitsPerTokenMatchesOracle(_ name: String) throws {
    let fixture = try modernFixture(name)
    let bits = bitsPerToken(
      logits: try fixture.matrix("logits"), targets: try fixture.integers("targets"))
    #expect(isClose(bits, try fixture.number("output"), relative: 1e-12))
  }

  @Test(arguments: try modernFixtureNames("early_stopping"))
  func earlyStoppingMatchesOracle(_ name: String) throws {
    let fixture = try modernFixture(name)
    let result = earlyStopping(
      validationLosses: try fixture.vector("losses"), patience: try fixture.integer("patience"))
    #expect(result.stop == (try fixture.integer("stop")))
    #expect(result.best == (try fixture.integer("best")))
  }

  @Test func dropoutKeepsTheExpectedValue() {
    let x = Matrix(rows: 1, columns: 10_000, repeating: 2)
    var random = SplitMix64(seed: 3)
    let draws = Matrix(rows: 1, columns: 10_000) { _, _ in Double(random.next() >> 11) / 0x1p53 }
    #expect(abs(dropout(x, draws: draws, rate: 0.3).mean - 2) < 0.05)
  }
}

@Suite struct SiLUDerivativeTests {
  @Test(arguments: [-6.0, -1.278, -0.3, 0, 0.7, 2.5, 9])
  func matchesFiniteDifferences(z: Double) {
    let h = 1e-5
    let numerical = (silu(z + h) - silu(z - h)) / (2 * h)
    #expect(isClose(siluDerivative(z), numerical, relative: 1e-8, absolute: 1e-9))
  }
}
