import Foundation

final class Value {
  var data: Double
  var grad = 0.0
  let inputs: [Value]
  let localGradients: [Double]  // ∂self/∂inputs[i]

  init(_ data: Double, inputs: [Value] = [],
       localGradients: [Double] = []) {
    self.data = data
    self.inputs = inputs
    self.localGradients = localGradients
  }

  static func + (a: Value, b: Value) -> Value {
    Value(a.data + b.data, inputs: [a, b], localGradients: [1, 1])
  }

  static func * (a: Value, b: Value) -> Value {
    Value(a.data * b.data, inputs: [a, b],
          localGradients: [b.data, a.data])
  }

  func tanh() -> Value {
    let t = Foundation.tanh(data)
    return Value(t, inputs: [self], localGradients: [1 - t * t])
  }

  func backward() {
    var order: [Value] = []
    var visited = Set<ObjectIdentifier>()
    func visit(_ v: Value) {
      guard visited.insert(ObjectIdentifier(v)).inserted else { return }
      order.append(v)
      for input in v.inputs { visit(input) }
    }
    visit(self)
    grad = 1
    for v in order {
      for (input, local) in zip(v.inputs, v.localGradients) { input.grad += local * v.grad }
    }
  }
}
