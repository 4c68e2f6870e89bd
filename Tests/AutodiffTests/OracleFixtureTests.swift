import Autodiff
import Testing

/// Every operation's value and gradients against JAX in float64 (`oracle_autodiff.py`).
@Suite struct OracleFixtureTests {
  nonisolated(unsafe) static let operations:
    [(String, [String], ([Tensor<Double>]) -> Tensor<Double>)] = [
      ("matmul", ["x", "w"], { matmul($0[0], $0[1]) }),
      ("matmul/transposed", ["x", "w"], { matmul($0[0], $0[1], transposeW: true) }),
      ("add/broadcast", ["x", "b"], { $0[0] + $0[1] }),
      ("mul", ["x", "y"], { $0[0] * $0[1] }),
      ("gelu", ["x"], { gelu($0[0]) }),
      ("layer_norm", ["x", "gamma", "beta"], { layerNorm($0[0], gamma: $0[1], beta: $0[2]) }),
      (
        "attention", ["qkv"],
        { causalSelfAttention($0[0], heads: 2, context: 3) }
      ),
      ("embedding", ["table"], { embedding($0[0], Fixtures.integers("embedding", "indices")) }),
      (
        "cross_entropy", ["logits"],
        { crossEntropy($0[0], targets: Fixtures.integers("cross_entropy", "targets")) }
      ),
    ]

  @Test(arguments: operations.indices)
  func valueAndGradientsMatchJAX(_ index: Int) {
    let (name, keys, apply) = Self.operations[index]
    let inputs = keys.map { Fixtures.matrix(name, $0) }
    let out = apply(inputs)
    #expect(relativeError(out.value, Fixtures.matrix(name, "out").value) < 1e-12, "\(name): value")
    sum(out * Fixtures.matrix(name, "r")).backward()
    for (key, input) in zip(keys, inputs) {
      let error = relativeError(input.grad, Fixtures.matrix(name, "grad_" + key).value)
      #expect(error < 1e-12, "\(name): ∂/∂\(key) has relative error \(error)")
    }
  }
}
