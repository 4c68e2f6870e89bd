import Testing

@testable import Reference

@Suite struct RMSpropTests {
  @Test func stepMatchesTheUpdateRule() throws {
    let fixture = try FixtureFile.load("core").case("rmsprop_step/odd_shape")
    let (weight, meanSquare) = rmspropStep(
      weight: try fixture.matrix("w"), gradient: try fixture.matrix("grad"),
      meanSquare: try fixture.matrix("v"), learningRate: try fixture.number("learning_rate"),
      rho: try fixture.number("rho"), epsilon: try fixture.number("epsilon"))
    #expect(isClose(weight, try fixture.matrix("expected_w")))
    #expect(isClose(meanSquare, try fixture.matrix("expected_v")))
  }

  @Test func zeroGradientFromRestDoesNotMove() {
    let w = Matrix([[1, 2]])
    let step = rmspropStep(
      weight: w, gradient: Matrix([[0, 0]]), meanSquare: Matrix([[0, 0]]), learningRate: 0.1,
      rho: 0.9, epsilon: 1e-8)
    #expect(step.weight == w && step.meanSquare == Matrix([[0, 0]]))
  }

  @Test func firstStepFromRestIsAboutLearningRateOverSqrtOneMinusRho() {
    // v = (1 − ρ)g², so g/√v = sign(g)/√(1 − ρ) whatever the gradient's size.
    let step = rmspropStep(
      weight: Matrix([[0, 0]]), gradient: Matrix([[1e-3, -50]]), meanSquare: Matrix([[0, 0]]),
      learningRate: 0.01, rho: 0.99, epsilon: 0)
    #expect(isClose(step.weight, Matrix([[-0.1, 0.1]])))
  }
}
