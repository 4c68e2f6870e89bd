import Reference

// The core of the reference library behind `primer ref`: activations, losses, layers and
// optimizers. Each entry declares its arguments (checked before `compute` runs) and calls the
// library.

/// Entries for activations, losses, layers and optimizers.
let coreEntries: [ReferenceFunction] = [
  ReferenceFunction(
    name: "relu", summary: "max(0, x), element-wise",
    arguments: [.matrix("x", "n", "m")], result: "matrix [n, m]"
  ) { arguments in .matrix(relu(arguments.matrix("x"))) },
  ReferenceFunction(
    name: "sigmoid", summary: "1 / (1 + e^(−x)), element-wise, without overflow",
    arguments: [.matrix("x", "n", "m")], result: "matrix [n, m]"
  ) { arguments in .matrix(sigmoid(arguments.matrix("x"))) },
  ReferenceFunction(
    name: "tanh", summary: "the hyperbolic tangent, element-wise",
    arguments: [.matrix("x", "n", "m")], result: "matrix [n, m]"
  ) { arguments in .matrix(tanh(arguments.matrix("x"))) },
  ReferenceFunction(
    name: "gelu", summary: "x·Φ(x) (\"none\", with erf) or its tanh approximation, element-wise",
    arguments: [
      .matrix("x", "n", "m"), .choice("approximate", ["none", "tanh"], default: "none"),
    ],
    result: "matrix [n, m]"
  ) { arguments in
    let approximation = GELUApproximation(rawValue: arguments.choice("approximate")) ?? .none
    return .matrix(gelu(arguments.matrix("x"), approximation: approximation))
  },
  ReferenceFunction(
    name: "softmax", summary: "the softmax of each row, max-subtracted",
    arguments: [.matrix("x", "n", "m")], result: "matrix [n, m]"
  ) { arguments in .matrix(softmax(arguments.matrix("x"))) },
]
