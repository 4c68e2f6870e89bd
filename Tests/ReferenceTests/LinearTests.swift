import Testing

@testable import Reference

@Suite struct LinearTests {
  let x = Matrix([[0.5, -1.2, 2.0], [0.1, 0.9, -0.4]])
  let weight = Matrix([[0.3, -0.7], [1.1, 0.2], [-0.5, 0.8]])
  let bias = [0.25, -0.6]
  let gradOutput = Matrix([[1.0, -0.5], [0.3, 0.7]])

  @Test func matchesJAX() throws {
    let fixture = try FixtureFile.load("core").case("linear/odd_shape")
    let x = try fixture.matrix("x")
    let w = try fixture.matrix("w")
    let b = try fixture.vector("b")
    #expect(isClose(linear(x, weight: w, bias: b), try fixture.matrix("expected")))
    let gradients = linearBackward(x, weight: w, gradOutput: try fixture.matrix("grad_output"))
    #expect(isClose(gradients.gradInput, try fixture.matrix("expected_grad_x")))
    #expect(isClose(gradients.gradWeight, try fixture.matrix("expected_grad_w")))
    #expect(isClose(gradients.gradBias, try fixture.vector("expected_grad_b")))
  }

  /// The loss `Σ (x·w + b) ⊙ gradOutput`, whose gradient with respect to the output is
  /// `gradOutput`.
  func loss(x: Matrix, weight: Matrix, bias: [Double]) -> Double {
    linear(x, weight: weight, bias: bias).hadamard(gradOutput).sum
  }

  @Test func backwardMatchesFiniteDifferences() {
    let analytic = linearBackward(x, weight: weight, gradOutput: gradOutput)
    let gradX = numericalGradient(of: { loss(x: $0, weight: weight, bias: bias) }, at: x)
    let gradW = numericalGradient(of: { loss(x: x, weight: $0, bias: bias) }, at: weight)
    let gradB = numericalGradient(
      of: { loss(x: x, weight: weight, bias: $0.storage) }, at: Matrix(row: bias))
    #expect(relativeError(analytic.gradInput, gradX) < 1e-7)
    #expect(relativeError(analytic.gradWeight, gradW) < 1e-7)
    #expect(relativeError(Matrix(row: analytic.gradBias), gradB) < 1e-7)
  }

  @Test func layerAppliesItsParameters() {
    let layer = Linear(weight: weight, bias: bias)
    #expect(layer(x) == linear(x, weight: weight, bias: bias))
  }

  @Test func randomLayersUsePyTorchsBound() {
    var generator = Xoshiro256StarStar(seed: 11)
    let layer = Linear(inputs: 4, outputs: 3, using: &generator)
    #expect(layer.weight.shape == [4, 3] && layer.bias.count == 3)
    let all = layer.weight.storage + layer.bias
    #expect(all.allSatisfy { abs($0) <= 0.5 })  // 1/√4
  }
}
