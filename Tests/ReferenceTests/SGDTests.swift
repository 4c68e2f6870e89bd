import Testing

@testable import Reference

@Suite struct SGDTests {
  @Test func stepMatchesTheUpdateRule() throws {
    let fixture = try FixtureFile.load("core").case("sgd_step/odd_shape")
    let updated = sgdStep(
      weight: try fixture.matrix("w"), gradient: try fixture.matrix("grad"),
      learningRate: try fixture.number("learning_rate"))
    #expect(isClose(updated, try fixture.matrix("expected")))
  }

  @Test func momentumStepMatchesTheUpdateRule() throws {
    let fixture = try FixtureFile.load("core").case("momentum_step/odd_shape")
    let (weight, velocity) = momentumStep(
      weight: try fixture.matrix("w"), gradient: try fixture.matrix("grad"),
      velocity: try fixture.matrix("velocity"), learningRate: try fixture.number("learning_rate"),
      momentum: try fixture.number("momentum"))
    #expect(isClose(weight, try fixture.matrix("expected_w")))
    #expect(isClose(velocity, try fixture.matrix("expected_velocity")))
  }

  @Test func firstMomentumStepFromRestIsPlainSGD() {
    let w = Matrix([[1, -2], [0.5, 3]])
    let g = Matrix([[0.2, 0.4], [-1, 0.1]])
    let step = momentumStep(
      weight: w, gradient: g, velocity: Matrix(rows: 2, columns: 2), learningRate: 0.1,
      momentum: 0.9)
    #expect(step.weight == sgdStep(weight: w, gradient: g, learningRate: 0.1))
    #expect(step.velocity == g)
  }

  @Test func descendsAQuadratic() {
    // L(w) = ½‖w‖², ∇L = w: each SGD step with η = 0.5 halves w.
    var w = Matrix([[4, -8]])
    for _ in 0..<3 { w = sgdStep(weight: w, gradient: w, learningRate: 0.5) }
    #expect(w == Matrix([[0.5, -1]]))
  }
}
