import Testing

@testable import Autodiff

/// Every operation's backward rule against centred finite differences, in Double: the loss is
/// `sum(op(inputs) ⊙ r)` for a fixed random `r`, so every output entry weighs in.
@Suite struct OperationGradientTests {
  /// An operation under test: its inputs and how to apply it.
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let inputs: @Sendable () -> [Tensor<Double>]
    let apply: @Sendable ([Tensor<Double>]) -> Tensor<Double>
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "matmul", inputs: { [randomTensor(3, 4, seed: 1), randomTensor(4, 5, seed: 2)] }) {
      matmul($0[0], $0[1])
    },
    Case(
      name: "matmul by a transpose",
      inputs: { [randomTensor(3, 4, seed: 19), randomTensor(5, 4, seed: 20)] }
    ) {
      matmul($0[0], $0[1], transposeW: true)
    },
    Case(name: "add", inputs: { [randomTensor(3, 4, seed: 3), randomTensor(3, 4, seed: 4)] }) {
      $0[0] + $0[1]
    },
    Case(
      name: "add a broadcast row",
      inputs: { [randomTensor(3, 4, seed: 5), randomTensor(1, 4, seed: 6)] }
    ) {
      $0[0] + $0[1]
    },
    Case(name: "mul", inputs: { [randomTensor(3, 4, seed: 7), randomTensor(3, 4, seed: 8)] }) {
      $0[0] * $0[1]
    },
    Case(name: "gelu", inputs: { [randomTensor(3, 4, seed: 9, scale: 2)] }) { gelu($0[0]) },
    Case(
      name: "layer norm",
      inputs: {
        [randomTensor(3, 5, seed: 10), randomTensor(1, 5, seed: 11), randomTensor(1, 5, seed: 12)]
      }
    ) { layerNorm($0[0], gamma: $0[1], beta: $0[2]) },
    Case(name: "causal attention", inputs: { [randomTensor(8, 12, seed: 13)] }) {
      causalSelfAttention($0[0], heads: 2, context: 4)
    },
    Case(name: "embedding", inputs: { [randomTensor(4, 3, seed: 14)] }) {
      embedding($0[0], [2, 0, 2, 3, 2])
    },
    Case(name: "cross-entropy", inputs: { [randomTensor(4, 5, seed: 15, scale: 2)] }) {
      crossEntropy($0[0], targets: [1, 0, 4, 4])
    },
    Case(name: "sum", inputs: { [randomTensor(2, 3, seed: 16)] }) { sum($0[0]) },
  ]

  @Test(arguments: cases)
  func backwardMatchesFiniteDifferences(_ operation: Case) {
    let inputs = operation.inputs()
    let shape = operation.apply(inputs).shape
    let r = randomTensor(shape[0], shape[1], seed: 99)
    let loss = { sum(operation.apply(inputs) * r) }
    loss().backward()
    for (i, input) in inputs.enumerated() {
      let numerical = numericalGradient(of: { loss().value[0] }, wrt: input)
      let error = relativeError(input.grad, numerical)
      #expect(error < 1e-7, "\(operation.name): input \(i) has relative error \(error)")
    }
  }

  @Test func gradientsAccumulateWhenATensorIsUsedTwice() {
    let x = randomTensor(2, 2, seed: 17)
    sum(x * x + x).backward()  // ∂/∂x = 2x + 1
    #expect(relativeError(x.grad, x.value.map { 2 * $0 + 1 }) < 1e-15)
  }

  @Test func topologicalOrderPutsEveryTensorAfterItsParents() {
    let x = randomTensor(2, 2, seed: 18)
    let y = gelu(x)
    let z = y * x + y
    let loss = sum(z)
    let order = loss.topologicalOrder()
    let position = Dictionary(
      uniqueKeysWithValues: order.enumerated().map { (ObjectIdentifier($1), $0) })
    for node in order {
      for parent in node.parents {
        #expect(position[ObjectIdentifier(parent)]! < position[ObjectIdentifier(node)]!)
      }
    }
    #expect(order.count == 5)  // x, y, y⊙x, y⊙x + y, the sum: each once
  }
}
