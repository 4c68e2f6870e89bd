import Testing

@testable import Reference

/// The backward pass of layer norm against centred finite differences.
@Suite struct LayerNormBackwardTests {
  /// An input to differentiate at, named for the test listing.
  struct Input: CustomTestStringConvertible, Sendable {
    var name: String
    var x: Matrix
    var epsilon: Double
    /// The finite-difference step: a constant row curves on the scale of `√ε`, so it needs
    /// a step well below `√ε` for the centred difference's `h²` error to vanish.
    var step = 1e-5
    var testDescription: String { name }
  }

  static let inputs = [
    Input(name: "3×5", x: 2 * sampleMatrix(3, 5, seed: 1.9), epsilon: 1e-5),
    Input(name: "1×7, ε = 0.1", x: sampleMatrix(1, 7, seed: 3.3), epsilon: 0.1),
    Input(name: "4×3", x: sampleMatrix(4, 3, seed: 6.1), epsilon: 1e-5),
    Input(
      name: "constant row", x: Matrix([[0.5, 0.5, 0.5, 0.5], [1, -2, 0.25, 3]]), epsilon: 1e-5,
      step: 1e-7),
  ]

  @Test(arguments: inputs)
  func gradientsMatchFiniteDifferences(input: Input) {
    let x = input.x
    let n = x.columns
    let gamma = (0..<n).map { (c: Int) -> Double in 1 + 0.3 * Double(c) - 0.1 * Double(c * c % 3) }
    let beta = (0..<n).map { (c: Int) -> Double in 0.2 * Double(c) - 0.5 }
    let gradOutput = sampleMatrix(x.rows, n, seed: 8.3)
    // L = Σ y ⊙ G, whose gradient with respect to y is G.
    func loss(_ x: Matrix, _ gamma: [Double], _ beta: [Double]) -> Double {
      layerNorm(x, gamma: gamma, beta: beta, epsilon: input.epsilon).hadamard(gradOutput).sum
    }
    let analytic = layerNormBackward(
      x, gamma: gamma, epsilon: input.epsilon, gradOutput: gradOutput)

    let numericX = numericalGradient(of: { loss($0, gamma, beta) }, at: x, step: input.step)
    let numericGamma = numericalGradient(of: { loss(x, $0.row(0), beta) }, at: Matrix(row: gamma))
    let numericBeta = numericalGradient(of: { loss(x, gamma, $0.row(0)) }, at: Matrix(row: beta))
    #expect(relativeError(analytic.gradInput, numericX) < 1e-7)
    #expect(relativeError(Matrix(row: analytic.gradGamma), numericGamma) < 1e-7)
    #expect(relativeError(Matrix(row: analytic.gradBeta), numericBeta) < 1e-7)
  }

  @Test func constantRowPassesOnlyTheCentredGradient() {
    // x̂ = 0, so ∂L/∂x = (g − mean(g))/√ε with g = ∂L/∂y ⊙ γ, and ∂L/∂γ = 0.
    let x = Matrix(rows: 1, columns: 4, repeating: 2)
    let gamma = [1.0, 2, 3, 4]
    let gradOutput = Matrix([[1, 1, 1, 1]])
    let gradients = layerNormBackward(x, gamma: gamma, gradOutput: gradOutput)
    let scale = 1 / (1e-5 as Double).squareRoot()
    let expected = [1.0, 2, 3, 4].map { scale * ($0 - 2.5) }
    #expect(isClose(gradients.gradInput.row(0), expected))
    #expect(gradients.gradGamma == [0, 0, 0, 0])
    #expect(gradients.gradBeta == [1, 1, 1, 1])
  }
}
