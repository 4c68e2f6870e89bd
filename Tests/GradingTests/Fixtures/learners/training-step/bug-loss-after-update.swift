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

  func backward() {
    var order: [Value] = []
    var visited = Set<ObjectIdentifier>()
    func visit(_ value: Value) {
      guard visited.insert(ObjectIdentifier(value)).inserted else {
        return
      }
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
func trainingStep(
  parameters: [Value], learningRate: Double, loss: () -> Value
) -> Double {
  for p in parameters { p.grad = 0 }
  loss().backward()
  for p in parameters { p.data -= learningRate * p.grad }
  return loss().data
}
