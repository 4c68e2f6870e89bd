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
    var stack: [(Value, Bool)] = [(self, false)]
    while let (v, expanded) = stack.popLast() {
      if expanded {
        order.append(v)
        continue
      }
      guard visited.insert(ObjectIdentifier(v)).inserted else { continue }
      stack.append((v, true))
      for input in v.inputs.reversed() { stack.append((input, false)) }
    }
    grad = 1
    for v in order.reversed() {
      for i in v.inputs.indices { v.inputs[i].grad += v.localGradients[i] * v.grad }
    }
  }
}
