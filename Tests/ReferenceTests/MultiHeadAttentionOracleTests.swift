import Testing

@testable import Reference

/// Multi-head attention against the JAX oracle (heads as a reshape of `[t, d]` into
/// `[t, heads, d/heads]`, cross-checked there with `jax.nn.dot_product_attention`).
@Suite struct MultiHeadAttentionOracleTests {
  @Test(arguments: try attentionFixtureNames("multi_head_attention"))
  func matchesOracle(_ name: String) throws {
    let fixture = try attentionFixture(name)
    let weights = MultiHeadAttentionWeights(
      wq: try fixture.matrix("wq"), wk: try fixture.matrix("wk"), wv: try fixture.matrix("wv"),
      wo: try fixture.matrix("wo"), heads: try fixture.integer("heads"))
    let memory = fixture.values["memory"] == nil ? nil : try fixture.matrix("memory")
    let output = multiHeadAttention(
      try fixture.matrix("x"), memory: memory, weights: weights,
      causal: try fixture.integer("causal") == 1)
    #expect(isClose(output, try fixture.matrix("output")))
  }
}
