import Testing

@testable import Reference

@Suite struct AdamTests {
  @Test(arguments: ["adam_step/first_step", "adam_step/third_step"])
  func stepMatchesAlgorithm1(name: String) throws {
    let fixture = try FixtureFile.load("core").case(name)
    let result = adamStep(
      weight: try fixture.matrix("w"), gradient: try fixture.matrix("grad"),
      firstMoment: try fixture.matrix("m"), secondMoment: try fixture.matrix("v"),
      step: try fixture.integer("step"), learningRate: try fixture.number("learning_rate"),
      beta1: try fixture.number("beta1"), beta2: try fixture.number("beta2"),
      epsilon: try fixture.number("epsilon"))
    #expect(isClose(result.weight, try fixture.matrix("expected_w")))
    #expect(isClose(result.firstMoment, try fixture.matrix("expected_m")))
    #expect(isClose(result.secondMoment, try fixture.matrix("expected_v")))
  }

  @Test func firstStepMovesEachParameterByTheLearningRate() {
    // With bias correction, m̂ = g and v̂ = g², so the step is η·g/(|g| + ε) ≈ η·sign(g).
    let result = adamStep(
      weight: Matrix([[1, 1, 1]]), gradient: Matrix([[1e-3, -20, 0.5]]),
      firstMoment: Matrix(rows: 1, columns: 3), secondMoment: Matrix(rows: 1, columns: 3),
      step: 1, learningRate: 0.1, epsilon: 0)
    #expect(isClose(result.weight, Matrix([[0.9, 1.1, 0.9]])))
  }

  @Test func zeroGradientFromRestDoesNotMove() {
    let zeros = Matrix(rows: 2, columns: 2)
    let w = Matrix([[1, 2], [3, 4]])
    let result = adamStep(
      weight: w, gradient: zeros, firstMoment: zeros, secondMoment: zeros, step: 1)
    #expect(result.weight == w)
  }
}
