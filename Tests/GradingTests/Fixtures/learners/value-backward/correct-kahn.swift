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
    // Count how many times each value is used, then release a value once all its users are done.
    var uses: [ObjectIdentifier: Int] = [:]
    var stack: [Value] = [self]
    var seen: Set<ObjectIdentifier> = [ObjectIdentifier(self)]
    while let v = stack.popLast() {
      for input in v.inputs {
        uses[ObjectIdentifier(input), default: 0] += 1
        if seen.insert(ObjectIdentifier(input)).inserted { stack.append(input) }
      }
    }
    grad = 1
    var ready: [Value] = [self]
    while let v = ready.popLast() {
      for (input, local) in zip(v.inputs, v.localGradients) {
        input.grad += local * v.grad
        uses[ObjectIdentifier(input)]! -= 1
        if uses[ObjectIdentifier(input)] == 0 { ready.append(input) }
      }
    }
  }
}
