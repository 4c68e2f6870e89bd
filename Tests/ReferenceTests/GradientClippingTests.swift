import Testing

@testable import Reference

@Suite struct GradientClippingTests {
  @Test(arguments: ["clip_grad_norm/clipped", "clip_grad_norm/unclipped"])
  func matchesTheGlobalNormRule(name: String) throws {
    let fixture = try FixtureFile.load("core").case(name)
    let result = clipGradientNorm(
      try fixture.matrices("grads"), maxNorm: try fixture.number("max_norm"))
    #expect(isClose(result.norm, try fixture.number("expected_norm")))
    let expected = try fixture.matrices("expected_grads")
    #expect(result.gradients.count == expected.count)
    for (actual, wanted) in zip(result.gradients, expected) { #expect(isClose(actual, wanted)) }
  }

  @Test func clippedGradientsHaveTheMaximumNorm() {
    let result = clipGradientNorm([Matrix([[3, 0]]), Matrix([[0], [4]])], maxNorm: 1)
    #expect(result.norm == 5)
    #expect(isClose(globalNorm(result.gradients), 1))
    #expect(isClose(result.gradients[0], Matrix([[0.6, 0]])))
  }

  @Test func gradientsAtTheLimitAreUnchanged() {
    let gradients = [Matrix([[3, 4]])]
    #expect(clipGradientNorm(gradients, maxNorm: 5).gradients == gradients)
  }

  @Test func nonFiniteNormsAreReportedNotApplied() {
    let gradients = [Matrix([[.nan, 1]]), Matrix([[2]])]
    let result = clipGradientNorm(gradients, maxNorm: 1)
    #expect(result.norm.isNaN)
    #expect(result.gradients[1] == Matrix([[2]]))
    let infinite = clipGradientNorm([Matrix([[.infinity, 1]])], maxNorm: 1)
    #expect(infinite.norm == .infinity && infinite.gradients[0][0, 1] == 1)
  }
}
