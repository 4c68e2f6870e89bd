import Foundation

final class Value {
  var data: Double
  var grad = 0.0
  let inputs: [Value]
  let localGradients: [Double]

  init(_ data: Double, inputs: [Value] = [], localGradients: [Double] = []) {
    self.data = data
    self.inputs = inputs
    self.localGradients = localGradients
  }

  static func + (a: Value, b: Value) -> Value {
    Value(a.data + b.data, inputs: [a, b], localGradients: [1, 1])
  }

  static func * (a: Value, b: Value) -> Value {
    Value(a.data * b.data, inputs: [a, b], localGradients: [b.data, a.data])
  }

  func tanh() -> Value {
    let t = Foundation.tanh(data)
    return Value(t, inputs: [self], localGradients: [1 - t * t])
  }

  func relu() -> Value {
    Value(max(0, data), inputs: [self], localGradients: [data <= 0 ? 0 : 1])
  }

  func backward() {
    var order: [Value] = []
    var visited = Set<ObjectIdentifier>()
    func visit(_ value: Value) {
      guard visited.insert(ObjectIdentifier(value)).inserted else { return }
      for input in value.inputs { visit(input) }
      order.append(value)
    }
    visit(self)
    grad = 1
    for value in order.reversed() {
      for (input, local) in zip(value.inputs, value.localGradients) {
        input.grad += local * value.grad
      }
    }
  }
}
