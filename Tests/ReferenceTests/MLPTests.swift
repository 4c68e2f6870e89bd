import Testing

@testable import Reference

@Suite struct MLPTests {
  @Test func gradientsMatchJAX() throws {
    for fixture in try FixtureFile.load("core").cases(of: "mlp_gradients") {
      let result = mlpGradients(
        x: try fixture.matrix("x"), w1: try fixture.matrix("w1"), b1: try fixture.vector("b1"),
        w2: try fixture.matrix("w2"), b2: try fixture.vector("b2"),
        targets: try fixture.integers("targets"))
      #expect(isClose(result.loss, try fixture.number("expected_loss")), "\(fixture.name)")
      #expect(isClose(result.gradW1, try fixture.matrix("expected_grad_w1")), "\(fixture.name)")
      #expect(isClose(result.gradB1, try fixture.vector("expected_grad_b1")), "\(fixture.name)")
      #expect(isClose(result.gradW2, try fixture.matrix("expected_grad_w2")), "\(fixture.name)")
      #expect(isClose(result.gradB2, try fixture.vector("expected_grad_b2")), "\(fixture.name)")
    }
  }

  @Test func gradientsMatchFiniteDifferences() throws {
    let x = Matrix([[0.5, -1.2, 2.0], [0.1, 0.9, -0.4], [-0.8, 0.3, 0.6], [1.5, -0.2, -1.0]])
    let w1 = Matrix([[0.3, -0.7, 0.4, 0.9], [1.1, 0.2, -0.6, 0.5], [-0.5, 0.8, 0.35, -0.45]])
    let b1 = [0.1, -0.2, 0.05, 0.3]
    let w2 = Matrix([[0.6, -0.4], [-0.3, 0.9], [0.7, 0.2], [-0.8, 0.5]])
    let b2 = [0.15, -0.1]
    let targets = [0, 1, 1, 0]
    // Every hidden pre-activation is at least 0.05 from ReLU's kink, far beyond the 1e-5 step.
    #expect(linear(x, weight: w1, bias: b1).storage.allSatisfy { abs($0) > 0.05 })

    let result = mlpGradients(x: x, w1: w1, b1: b1, w2: w2, b2: b2, targets: targets)
    func loss(_ w1: Matrix, _ b1: [Double], _ w2: Matrix, _ b2: [Double]) -> Double {
      mlpGradients(x: x, w1: w1, b1: b1, w2: w2, b2: b2, targets: targets).loss
    }
    let gradW1 = numericalGradient(of: { loss($0, b1, w2, b2) }, at: w1)
    let gradB1 = numericalGradient(of: { loss(w1, $0.storage, w2, b2) }, at: Matrix(row: b1))
    let gradW2 = numericalGradient(of: { loss(w1, b1, $0, b2) }, at: w2)
    let gradB2 = numericalGradient(of: { loss(w1, b1, w2, $0.storage) }, at: Matrix(row: b2))
    #expect(relativeError(result.gradW1, gradW1) < 1e-7)
    #expect(relativeError(Matrix(row: result.gradB1), gradB1) < 1e-7)
    #expect(relativeError(result.gradW2, gradW2) < 1e-7)
    #expect(relativeError(Matrix(row: result.gradB2), gradB2) < 1e-7)
  }

  @Test func lossIsCrossEntropyOfTheNetworksLogits() {
    var generator = Xoshiro256StarStar(seed: 5)
    let network = MLP(sizes: [3, 4, 2], using: &generator)
    let x = Matrix.randomNormal(rows: 5, columns: 3, using: &generator)
    let targets = [0, 1, 1, 0, 1]
    let result = mlpGradients(
      x: x, w1: network.layers[0].weight, b1: network.layers[0].bias,
      w2: network.layers[1].weight, b2: network.layers[1].bias, targets: targets)
    #expect(isClose(result.loss, crossEntropy(logits: network(x), targets: targets)))
  }

  @Test func networkPutsReLUBetweenLayersOnly() {
    let first = Linear(weight: Matrix([[1, -1]]), bias: [0, 0])
    let second = Linear(weight: Matrix([[1], [1]]), bias: [-5])
    let network = MLP(layers: [first, second])
    // relu([2, −2]) = [2, 0]; 2 − 5 = −3 stays negative: no ReLU after the last layer.
    #expect(network(Matrix([[2]])) == Matrix([[-3]]))
  }

  @Test func sameSeedGivesSameNetwork() {
    var a = Xoshiro256StarStar(seed: 9)
    var b = Xoshiro256StarStar(seed: 9)
    #expect(MLP(sizes: [4, 8, 3], using: &a) == MLP(sizes: [4, 8, 3], using: &b))
  }
}
