import Testing

@testable import Reference

// The oracle fixtures of this part of the library: `Fixtures/attention.json`, written by
// `Fixtures/oracle_attention.py` (JAX, float64). Test arguments are the case names, since a
// `FixtureCase` is not `Sendable`; each test loads its case by name.

/// The names of the cases of `family` in `attention.json` (`"layer_norm"` → `layer_norm/…`).
func attentionFixtureNames(_ family: String) throws -> [String] {
  try FixtureFile.load("attention").cases(of: family).map(\.name)
}

/// The case `name` of `attention.json`.
func attentionFixture(_ name: String) throws -> FixtureCase {
  try FixtureFile.load("attention").case(name)
}

/// Attention against the JAX oracle.
@Suite struct AttentionOracleTests {
  @Test(arguments: try attentionFixtureNames("attention"))
  func matchesOracle(_ name: String) throws {
    let fixture = try attentionFixture(name)
    let result = attention(
      q: try fixture.matrix("q"), k: try fixture.matrix("k"), v: try fixture.matrix("v"),
      causal: try fixture.integer("causal") == 1)
    #expect(isClose(result.output, try fixture.matrix("output")))
    #expect(isClose(result.weights, try fixture.matrix("weights")))
  }

  @Test(arguments: try attentionFixtureNames("attention"))
  func backwardMatchesOracle(_ name: String) throws {
    let fixture = try attentionFixture(name)
    let gradients = attentionBackward(
      q: try fixture.matrix("q"), k: try fixture.matrix("k"), v: try fixture.matrix("v"),
      causal: try fixture.integer("causal") == 1,
      gradOutput: try fixture.matrix("output_gradient"))
    #expect(isClose(gradients.gradQ, try fixture.matrix("grad_q")))
    #expect(isClose(gradients.gradK, try fixture.matrix("grad_k")))
    #expect(isClose(gradients.gradV, try fixture.matrix("grad_v")))
  }
}
