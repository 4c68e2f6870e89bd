import Testing

@testable import Reference

@Suite struct SoftmaxTests {
  let fixtures: FixtureFile

  init() throws { fixtures = try FixtureFile.load("core") }

  @Test func matchesJAX() throws {
    for fixture in try fixtures.cases(of: "softmax") {
      #expect(
        isClose(softmax(try fixture.matrix("x")), try fixture.matrix("expected")),
        "\(fixture.name)")
    }
  }

  @Test func largeLogitsDoNotOverflow() {
    let probabilities = softmax(Matrix([[1000, -1000, 0], [1000, 1000, 1000]]))
    #expect(probabilities.rowArrays[0] == [1, 0, 0])
    #expect(isClose(probabilities.row(1), [1.0 / 3, 1.0 / 3, 1.0 / 3]))
  }

  @Test func aNaNSpoilsOnlyItsRow() {
    let probabilities = softmax(Matrix([[1, .nan, 0], [0, 0, 0]]))
    #expect(probabilities.row(0).allSatisfy { $0.isNaN })
    #expect(isClose(probabilities.row(1), [1.0 / 3, 1.0 / 3, 1.0 / 3]))
  }

  @Test func negativeInfinityGivesZeroProbability() {
    let probabilities = softmax(Matrix([[0, -.infinity, 0]]))
    #expect(probabilities.rowArrays[0] == [0.5, 0, 0.5])
  }

  @Test func backwardMatchesJAX() throws {
    let fixture = try fixtures.case("softmax_backward/odd_shape")
    let actual = softmaxBackward(
      output: try fixture.matrix("output"), gradOutput: try fixture.matrix("grad_output"))
    #expect(isClose(actual, try fixture.matrix("expected")))
  }

  @Test func backwardMatchesFiniteDifferences() {
    let x = Matrix([[0.2, -1.1, 0.7, 1.5], [0.9, 0.1, -0.6, -0.3], [2.0, -2.0, 0.5, 0.0]])
    let gradOutput = Matrix([
      [0.5, -1.2, 0.3, 0.8], [1.0, 0.4, -0.9, 0.2], [-0.3, 0.6, 1.1, -0.8],
    ])
    let numerical = numericalGradient(of: { softmax($0).hadamard(gradOutput).sum }, at: x)
    let analytic = softmaxBackward(output: softmax(x), gradOutput: gradOutput)
    #expect(relativeError(analytic, numerical) < 1e-7)
  }

  @Test func aConstantUpstreamGradientGivesZero() {
    let output = softmax(Matrix([[0.3, -0.2, 1.4]]))
    let gradient = softmaxBackward(output: output, gradOutput: Matrix([[2, 2, 2]]))
    #expect(gradient.storage.allSatisfy { abs($0) < 1e-15 })
  }
}
