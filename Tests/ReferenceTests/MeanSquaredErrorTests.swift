import Testing

@testable import Reference

@Suite struct MeanSquaredErrorTests {
  @Test func matchesJAX() throws {
    let fixture = try FixtureFile.load("core").case("mse/odd_shape")
    let prediction = try fixture.matrix("prediction")
    let target = try fixture.matrix("target")
    #expect(
      isClose(
        meanSquaredError(prediction: prediction, target: target), try fixture.number("expected")))
    #expect(
      isClose(
        meanSquaredErrorGradient(prediction: prediction, target: target),
        try fixture.matrix("expected_gradient")))
  }

  @Test func gradientMatchesFiniteDifferences() {
    let prediction = Matrix([[0.5, -1.2, 2.0], [0.1, 0.9, -0.4]])
    let target = Matrix([[1.0, 0.3, -0.5], [0.7, 0.2, 0.6]])
    let numerical = numericalGradient(
      of: { meanSquaredError(prediction: $0, target: target) }, at: prediction)
    let analytic = meanSquaredErrorGradient(prediction: prediction, target: target)
    #expect(relativeError(analytic, numerical) < 1e-7)
  }

  @Test func isTheMeanOverAllElements() {
    let loss = meanSquaredError(
      prediction: Matrix([[1, 2], [3, 4]]), target: Matrix([[0, 0], [0, 0]]))
    #expect(loss == 7.5)
  }

  @Test func nonFiniteInputs() {
    let target = Matrix([[0, 0]])
    #expect(meanSquaredError(prediction: Matrix([[1, .nan]]), target: target).isNaN)
    #expect(meanSquaredError(prediction: Matrix([[1, -.infinity]]), target: target) == .infinity)
  }
}
