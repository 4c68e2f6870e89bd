import Reference
import Testing

@testable import ReferenceJSON

/// Calls `name` with `input` as stdin.
func call(_ name: String, _ input: String) throws(ReferenceError) -> String {
  try ReferenceCatalog.call(name, input: Array(input.utf8))
}

/// The JSON that `value` would be written as.
func json(_ value: JSONValue) -> String { value.text }

@Suite struct ReferenceCatalogTests {
  /// One valid request per core function and the library result it must print.
  struct Request: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let expected: @Sendable () -> JSONValue
    var testDescription: String { name }
  }

  static let x = Matrix([[0.5, -1.5, 2.0], [-0.25, 3.0, 0.0]])
  static let g = Matrix([[1.0, 2.0, -1.0], [0.5, -0.5, 4.0]])
  static let w = Matrix([[0.1, 0.2], [0.3, -0.4], [0.5, 0.6]])
  static let xJSON = "[[0.5, -1.5, 2], [-0.25, 3, 0]]"
  static let gJSON = "[[1, 2, -1], [0.5, -0.5, 4]]"
  static let wJSON = "[[0.1, 0.2], [0.3, -0.4], [0.5, 0.6]]"
  static let vJSON = "[[1, 2, 1], [0.5, 0.5, 4]]"
  static let v = Matrix([[1, 2, 1], [0.5, 0.5, 4]])

  static let requests: [Request] = [
    Request(name: "relu", input: #"{"x": \#(xJSON)}"#) { .matrix(relu(x)) },
    Request(name: "relu_backward", input: #"{"x": \#(xJSON), "grad_output": \#(gJSON)}"#) {
      .matrix(reluBackward(x, gradOutput: g))
    },
    Request(name: "sigmoid", input: #"{"x": \#(xJSON)}"#) { .matrix(sigmoid(x)) },
    Request(name: "sigmoid_backward", input: #"{"x": \#(xJSON), "grad_output": \#(gJSON)}"#) {
      .matrix(sigmoidBackward(x, gradOutput: g))
    },
    Request(name: "tanh", input: #"{"x": \#(xJSON)}"#) { .matrix(tanh(x)) },
    Request(name: "tanh_backward", input: #"{"x": \#(xJSON), "grad_output": \#(gJSON)}"#) {
      .matrix(tanhBackward(x, gradOutput: g))
    },
    Request(name: "gelu", input: #"{"x": \#(xJSON)}"#) { .matrix(gelu(x, approximation: .none)) },
    Request(
      name: "gelu_backward",
      input: #"{"x": \#(xJSON), "grad_output": \#(gJSON), "approximate": "tanh"}"#
    ) { .matrix(geluBackward(x, gradOutput: g, approximation: .tanh)) },
    Request(name: "softmax", input: #"{"x": \#(xJSON)}"#) { .matrix(softmax(x)) },
    Request(
      name: "softmax_backward", input: #"{"output": \#(xJSON), "grad_output": \#(gJSON)}"#
    ) { .matrix(softmaxBackward(output: x, gradOutput: g)) },
    Request(name: "mse_loss", input: #"{"prediction": \#(xJSON), "target": \#(gJSON)}"#) {
      .number(meanSquaredError(prediction: x, target: g))
    },
    Request(
      name: "mse_loss_gradient", input: #"{"prediction": \#(xJSON), "target": \#(gJSON)}"#
    ) { .matrix(meanSquaredErrorGradient(prediction: x, target: g)) },
    Request(name: "cross_entropy", input: #"{"logits": \#(xJSON), "targets": [2, 0]}"#) {
      .number(crossEntropy(logits: x, targets: [2, 0]))
    },
    Request(name: "cross_entropy_gradient", input: #"{"logits": \#(xJSON), "targets": [2, 0]}"#) {
      .matrix(crossEntropyGradient(logits: x, targets: [2, 0]))
    },
    Request(name: "linear", input: #"{"x": \#(xJSON), "w": \#(wJSON), "b": [1, -1]}"#) {
      .matrix(linear(x, weight: w, bias: [1, -1]))
    },
    Request(
      name: "linear_backward",
      input:
        #"{"x": \#(xJSON), "w": \#(wJSON), "b": [1, -1], "grad_output": [[1, 2], [-0.5, 0.25]]}"#
    ) {
      let result = linearBackward(x, weight: w, gradOutput: Matrix([[1, 2], [-0.5, 0.25]]))
      return .object([
        ("grad_x", .matrix(result.gradInput)), ("grad_w", .matrix(result.gradWeight)),
        ("grad_b", .vector(result.gradBias)),
      ])
    },
    Request(
      name: "mlp_gradients",
      input:
        #"{"x": \#(xJSON), "w1": \#(wJSON), "b1": [0.1, -0.1], "w2": [[1, -1, 0.5], [0.2, 0.3, -0.7]], "b2": [0, 0.1, -0.1], "targets": [1, 2]}"#
    ) {
      let result = mlpGradients(
        x: x, w1: w, b1: [0.1, -0.1], w2: Matrix([[1, -1, 0.5], [0.2, 0.3, -0.7]]),
        b2: [0, 0.1, -0.1], targets: [1, 2])
      return .object([
        ("loss", .number(result.loss)), ("grad_w1", .matrix(result.gradW1)),
        ("grad_b1", .vector(result.gradB1)), ("grad_w2", .matrix(result.gradW2)),
        ("grad_b2", .vector(result.gradB2)),
      ])
    },
    Request(
      name: "sgd_step", input: #"{"w": \#(xJSON), "grad": \#(gJSON), "learning_rate": 0.1}"#
    ) { .matrix(sgdStep(weight: x, gradient: g, learningRate: 0.1)) },
    Request(
      name: "momentum_step",
      input:
        #"{"w": \#(xJSON), "grad": \#(gJSON), "velocity": \#(vJSON), "learning_rate": 0.1, "momentum": 0.9}"#
    ) {
      let result = momentumStep(
        weight: x, gradient: g, velocity: v, learningRate: 0.1, momentum: 0.9)
      return .object([("w", .matrix(result.weight)), ("velocity", .matrix(result.velocity))])
    },
    Request(
      name: "rmsprop_step",
      input:
        #"{"w": \#(xJSON), "grad": \#(gJSON), "v": \#(vJSON), "learning_rate": 0.01, "rho": 0.99, "epsilon": 1e-8}"#
    ) {
      let result = rmspropStep(
        weight: x, gradient: g, meanSquare: v, learningRate: 0.01, rho: 0.99, epsilon: 1e-8)
      return .object([("w", .matrix(result.weight)), ("v", .matrix(result.meanSquare))])
    },
    Request(
      name: "adam_step",
      input:
        #"{"w": \#(xJSON), "grad": \#(gJSON), "m": \#(gJSON), "v": \#(vJSON), "step": 3, "learning_rate": 0.001, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}"#
    ) {
      let result = adamStep(
        weight: x, gradient: g, firstMoment: g, secondMoment: v, step: 3, learningRate: 0.001,
        beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
      return .object([
        ("w", .matrix(result.weight)), ("m", .matrix(result.firstMoment)),
        ("v", .matrix(result.secondMoment)),
      ])
    },
    Request(name: "clip_grad_norm", input: #"{"grads": [[[3, 4]], [[12]]], "max_norm": 1}"#) {
      let result = clipGradientNorm([Matrix([[3, 4]]), Matrix([[12]])], maxNorm: 1)
      return .object([
        ("grads", .array(result.gradients.map(JSONValue.matrix))),
        ("norm", .number(result.norm)),
      ])
    },
  ]

  @Test(arguments: requests)
  func everyFunctionPrintsTheLibrarysResult(request: Request) throws {
    #expect(try call(request.name, request.input) == json(request.expected()))
  }

  @Test func everyCoreFunctionHasARequestHere() {
    #expect(Set(coreEntries.map(\.name)) == Set(Self.requests.map(\.name)))
  }

  @Test func unknownNamesAreRefusedBeforeReadingStdin() throws {
    try ReferenceCatalog.checkName("relu")
    #expect(throws: ReferenceError.unknownFunction(name: "softmx", suggestion: "softmax")) {
      try ReferenceCatalog.checkName("softmx")
    }
  }

  @Test func namesAreUnique() {
    #expect(Set(ReferenceCatalog.names).count == ReferenceCatalog.names.count)
  }

  @Test func listingShowsEveryNameWithItsArguments() {
    let lines = ReferenceCatalog.listing.split(separator: "\n").map(String.init)
    for function in ReferenceCatalog.functions {
      #expect(lines.contains(function.signature), "\(function.name)")
    }
    #expect(
      lines.contains(
        "linear(x: matrix [n, in], w: matrix [in, out], b: vector [out]) -> matrix [n, out]"))
    #expect(
      lines.contains(
        #"gelu(x: matrix [n, m], approximate: "none" | "tanh" = "none") -> matrix [n, m]"#))
  }

  @Test func resultsAreExactJSON() throws {
    #expect(try call("relu", #"{"x": [[1, -2]]}"#) == "[[1.0, 0.0]]")
    #expect(
      try call(
        "linear_backward",
        #"{"x": [[1, 2, 3], [4, 5, 6]], "w": [[1, 0], [0, 1], [1, 1]], "b": [1, 2], "grad_output": [[1, 0], [0, 1]]}"#
      )
        == #"{"grad_x": [[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]], "grad_w": [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]], "grad_b": [1.0, 1.0]}"#
    )
    #expect(
      try call("mse_loss", #"{"prediction": [[1, 2], [3, 4]], "target": [[0, 0], [0, 0]]}"#)
        == "7.5")
    #expect(try call("cross_entropy", #"{"logits": [[1000, -1000]], "targets": [1]}"#) == "2000.0")
  }

  @Test func nonFiniteNumbersAreStringsBothWays() throws {
    #expect(
      try call("relu", #"{"x": [["NaN", "Infinity", "-Infinity", -0.0]]}"#)
        == #"[["NaN", "Infinity", 0.0, 0.0]]"#)
    #expect(try call("tanh", #"{"x": [[-0.0, 1e-300]]}"#) == "[[-0.0, 1e-300]]")
    #expect(try call("mse_loss", #"{"prediction": [["NaN"]], "target": [[0]]}"#) == #""NaN""#)
    #expect(
      try call("cross_entropy", #"{"logits": [[0, "-Infinity"]], "targets": [1]}"#)
        == #""Infinity""#)
  }

  @Test func optionalArgumentsTakeTheirDefault() throws {
    #expect(
      try call("gelu", #"{"x": [[1]]}"#) == call("gelu", #"{"x": [[1]], "approximate": "none"}"#))
    #expect(
      try call("gelu", #"{"x": [[1]], "approximate": "tanh"}"#)
        == json(.matrix(gelu(Matrix([[1]]), approximation: .tanh))))
  }

  @Test func whitespaceAroundTheObjectIsFine() throws {
    #expect(try call("relu", " \n\t{\"x\": [[1, -2]]}\r\n ") == "[[1.0, 0.0]]")
  }
}
