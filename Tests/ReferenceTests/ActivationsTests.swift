import Testing

@testable import Reference

@Suite struct ActivationsTests {
  /// The activations under test, by fixture family name, with their backward rules.
  struct Activation: Sendable, CustomTestStringConvertible {
    let name: String
    let forward: @Sendable (Matrix) -> Matrix
    let backward: @Sendable (Matrix, Matrix) -> Matrix
    var testDescription: String { name }
  }

  static let all: [Activation] = [
    Activation(name: "relu", forward: relu, backward: { reluBackward($0, gradOutput: $1) }),
    Activation(
      name: "sigmoid", forward: sigmoid, backward: { sigmoidBackward($0, gradOutput: $1) }),
    Activation(name: "tanh", forward: tanh, backward: { tanhBackward($0, gradOutput: $1) }),
    Activation(
      name: "gelu_none", forward: { gelu($0, approximation: .none) },
      backward: { geluBackward($0, gradOutput: $1, approximation: .none) }),
    Activation(
      name: "gelu_tanh", forward: { gelu($0, approximation: .tanh) },
      backward: { geluBackward($0, gradOutput: $1, approximation: .tanh) }),
  ]

  let fixtures: FixtureFile

  init() throws { fixtures = try FixtureFile.load("core") }

  @Test(arguments: all)
  func forwardMatchesJAX(activation: Activation) throws {
    for fixture in try fixtures.cases(of: activation.name) {
      let actual = activation.forward(try fixture.matrix("x"))
      #expect(isClose(actual, try fixture.matrix("expected")), "\(fixture.name)")
    }
  }

  @Test(arguments: all)
  func backwardMatchesJAX(activation: Activation) throws {
    for fixture in try fixtures.cases(of: activation.name + "_backward") {
      let actual = activation.backward(try fixture.matrix("x"), try fixture.matrix("grad_output"))
      #expect(isClose(actual, try fixture.matrix("expected")), "\(fixture.name)")
    }
  }

  @Test(arguments: all)
  func backwardMatchesFiniteDifferences(activation: Activation) {
    // Away from ReLU's kink and from GELU's minimum near −0.75, where the derivative is 0.
    let x = Matrix([[0.3, -1.7, 1.2], [2.1, -0.4, 0.9]])
    let gradOutput = Matrix([[1.1, -0.7, 0.5], [-1.3, 0.8, 0.6]])
    let numerical = numericalGradient(
      of: { activation.forward($0).hadamard(gradOutput).sum }, at: x)
    #expect(relativeError(activation.backward(x, gradOutput), numerical) < 1e-7)
  }

  @Test func reluEdges() {
    #expect(relu(-0.0).sign == .plus)
    #expect(relu(Double.infinity) == .infinity)
    #expect(relu(-Double.infinity) == 0)
    #expect(relu(Double.nan).isNaN)
    #expect(reluDerivative(0) == 0 && reluDerivative(-0.0) == 0 && reluDerivative(1e-300) == 1)
    #expect(reluDerivative(.nan).isNaN)
  }

  @Test func sigmoidSaturatesWithoutOverflow() {
    #expect(sigmoid(1000.0) == 1)
    #expect(sigmoid(-1000.0) == 0)
    #expect(sigmoid(Double.infinity) == 1 && sigmoid(-Double.infinity) == 0)
    #expect(sigmoid(-0.0) == 0.5)
    #expect(sigmoid(Double.nan).isNaN)
    #expect(sigmoidDerivative(1000) == 0 && sigmoidDerivative(-1000) == 0)
    #expect(sigmoidDerivative(.nan).isNaN)
    // The negative branch keeps tiny values instead of rounding 1 + e^1000 to ∞.
    #expect(isClose(sigmoid(-700.0), 9.859676543759770e-305, relative: 1e-12))
  }

  @Test func tanhEdges() {
    let values = tanh(Matrix([[1000, -1000, -0.0, .nan]]))
    #expect(values[0, 0] == 1 && values[0, 1] == -1)
    #expect(values[0, 2] == 0 && values[0, 2].sign == .minus)
    #expect(values[0, 3].isNaN)
    #expect(tanhDerivative(1000) == 0 && tanhDerivative(0) == 1)
  }

  @Test(arguments: GELUApproximation.allCases)
  func geluEdges(approximation: GELUApproximation) {
    #expect(gelu(Double.infinity, approximation: approximation) == .infinity)
    #expect(gelu(-Double.infinity, approximation: approximation) == 0)
    #expect(gelu(Double.nan, approximation: approximation).isNaN)
    #expect(gelu(0.0, approximation: approximation) == 0)
    #expect(geluDerivative(.infinity, approximation: approximation) == 1)
    #expect(geluDerivative(-.infinity, approximation: approximation) == 0)
    #expect(geluDerivative(1e200, approximation: approximation) == 1)
    #expect(geluDerivative(-1e200, approximation: approximation) == 0)
    #expect(geluDerivative(.nan, approximation: approximation).isNaN)
    #expect(isClose(geluDerivative(0, approximation: approximation), 0.5))
  }

  @Test func exactGELUKeepsTinyNegativeValues() {
    // ½·x·erfc(−x/√2) rather than ½·x·(1 + erf(x/√2)), which would give exactly 0 here.
    let value = gelu(-10.0)
    #expect(value < 0 && isClose(value, -7.619853024160593e-23, relative: 1e-12))
  }

  @Test func tanhApproximationStaysCloseToExactGELU() {
    for x in stride(from: -6.0, through: 6.0, by: 0.25) {
      #expect(abs(gelu(x, approximation: .tanh) - gelu(x, approximation: .none)) < 1e-3)
    }
  }
}
