import Testing

@testable import Reference

/// Layer norm and its backward pass against the JAX oracle.
@Suite struct LayerNormOracleTests {
  @Test(arguments: try attentionFixtureNames("layer_norm"))
  func matchesOracle(_ name: String) throws {
    let fixture = try attentionFixture(name)
    let y = layerNorm(
      try fixture.matrix("x"), gamma: try fixture.vector("gamma"), beta: try fixture.vector("beta"),
      epsilon: try fixture.number("epsilon"))
    // Constant rows: both sides compute β plus the rounding of μ amplified by 1/√ε ≈ 316.
    #expect(isClose(y, try fixture.matrix("output"), absolute: 1e-12))
  }

  @Test(arguments: try attentionFixtureNames("layer_norm"))
  func backwardMatchesOracle(_ name: String) throws {
    let fixture = try attentionFixture(name)
    let gradients = layerNormBackward(
      try fixture.matrix("x"), gamma: try fixture.vector("gamma"),
      epsilon: try fixture.number("epsilon"), gradOutput: try fixture.matrix("output_gradient"))
    #expect(
      isClose(gradients.gradInput, try fixture.matrix("grad_x"), relative: 1e-11, absolute: 1e-11))
    #expect(isClose(gradients.gradGamma, try fixture.vector("grad_gamma"), absolute: 1e-12))
    #expect(isClose(gradients.gradBeta, try fixture.vector("grad_beta")))
  }
}
