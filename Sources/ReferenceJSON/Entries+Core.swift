import Reference

// The core of the reference library behind `primer ref`: activations, losses, layers and
// optimizers. Each entry declares its arguments (checked before `compute` runs) and calls the
// library; names and argument names are snake_case, as learners write them in JSON.

/// Entries for activations, losses, layers and optimizers, in the order `--list` shows them.
let coreEntries: [ReferenceFunction] =
  activationEntries + lossEntries + layerEntries
  + optimizerEntries

private let activationEntries: [ReferenceFunction] = [
  ReferenceFunction(
    name: "relu", summary: "max(0, x), element-wise",
    arguments: [.matrix("x", "n", "m")], result: "matrix [n, m]"
  ) { arguments in .matrix(relu(arguments.matrix("x"))) },
  ReferenceFunction(
    name: "relu_backward", summary: "gradient of relu: 1[x > 0] ⊙ grad_output",
    arguments: [.matrix("x", "n", "m"), .matrix("grad_output", "n", "m")],
    result: "matrix [n, m]"
  ) { arguments in
    .matrix(reluBackward(arguments.matrix("x"), gradOutput: arguments.matrix("grad_output")))
  },
  ReferenceFunction(
    name: "sigmoid", summary: "1 / (1 + e^(−x)), element-wise, without overflow",
    arguments: [.matrix("x", "n", "m")], result: "matrix [n, m]"
  ) { arguments in .matrix(sigmoid(arguments.matrix("x"))) },
  ReferenceFunction(
    name: "sigmoid_backward", summary: "gradient of sigmoid: σ(x)(1 − σ(x)) ⊙ grad_output",
    arguments: [.matrix("x", "n", "m"), .matrix("grad_output", "n", "m")],
    result: "matrix [n, m]"
  ) { arguments in
    .matrix(sigmoidBackward(arguments.matrix("x"), gradOutput: arguments.matrix("grad_output")))
  },
  ReferenceFunction(
    name: "tanh", summary: "the hyperbolic tangent, element-wise",
    arguments: [.matrix("x", "n", "m")], result: "matrix [n, m]"
  ) { arguments in .matrix(tanh(arguments.matrix("x"))) },
  ReferenceFunction(
    name: "tanh_backward", summary: "gradient of tanh: (1 − tanh²(x)) ⊙ grad_output",
    arguments: [.matrix("x", "n", "m"), .matrix("grad_output", "n", "m")],
    result: "matrix [n, m]"
  ) { arguments in
    .matrix(tanhBackward(arguments.matrix("x"), gradOutput: arguments.matrix("grad_output")))
  },
  ReferenceFunction(
    name: "gelu", summary: "x·Φ(x) (\"none\", with erf) or its tanh approximation, element-wise",
    arguments: [.matrix("x", "n", "m"), approximateArgument], result: "matrix [n, m]"
  ) { arguments in
    .matrix(gelu(arguments.matrix("x"), approximation: approximation(arguments)))
  },
  ReferenceFunction(
    name: "gelu_backward", summary: "gradient of gelu: GELU′(x) ⊙ grad_output",
    arguments: [.matrix("x", "n", "m"), .matrix("grad_output", "n", "m"), approximateArgument],
    result: "matrix [n, m]"
  ) { arguments in
    .matrix(
      geluBackward(
        arguments.matrix("x"), gradOutput: arguments.matrix("grad_output"),
        approximation: approximation(arguments)))
  },
  ReferenceFunction(
    name: "softmax", summary: "the softmax of each row, max-subtracted",
    arguments: [.matrix("x", "n", "m")], result: "matrix [n, m]"
  ) { arguments in .matrix(softmax(arguments.matrix("x"))) },
  ReferenceFunction(
    name: "softmax_backward",
    summary: "gradient of softmax from its output y: y ⊙ (g − rowsum(g ⊙ y))",
    arguments: [.matrix("output", "n", "m"), .matrix("grad_output", "n", "m")],
    result: "matrix [n, m]"
  ) { arguments in
    .matrix(
      softmaxBackward(
        output: arguments.matrix("output"), gradOutput: arguments.matrix("grad_output"))
    )
  },
]

private let approximateArgument = Argument.choice(
  "approximate", GELUApproximation.allCases.map(\.rawValue), default: "none")

private func approximation(_ arguments: Arguments) -> GELUApproximation {
  GELUApproximation(rawValue: arguments.choice("approximate")) ?? .none
}

private let lossEntries: [ReferenceFunction] = [
  ReferenceFunction(
    name: "mse_loss", summary: "mean over all elements of (prediction − target)²",
    arguments: [.matrix("prediction", "n", "m"), .matrix("target", "n", "m")], result: "number"
  ) { arguments in
    .number(
      meanSquaredError(
        prediction: arguments.matrix("prediction"), target: arguments.matrix("target"))
    )
  },
  ReferenceFunction(
    name: "mse_loss_gradient", summary: "gradient of mse_loss: 2(prediction − target) / (n·m)",
    arguments: [.matrix("prediction", "n", "m"), .matrix("target", "n", "m")],
    result: "matrix [n, m]"
  ) { arguments in
    .matrix(
      meanSquaredErrorGradient(
        prediction: arguments.matrix("prediction"), target: arguments.matrix("target")))
  },
  ReferenceFunction(
    name: "cross_entropy",
    summary: "mean over rows of −log softmax(logits)[target], via log-sum-exp",
    arguments: [.matrix("logits", "n", "c"), .classIndices("targets", count: "n", classes: "c")],
    result: "number"
  ) { arguments in
    .number(
      crossEntropy(logits: arguments.matrix("logits"), targets: arguments.integers("targets")))
  },
  ReferenceFunction(
    name: "cross_entropy_gradient",
    summary: "gradient of cross_entropy w.r.t. the logits: (softmax − onehot) / n",
    arguments: [.matrix("logits", "n", "c"), .classIndices("targets", count: "n", classes: "c")],
    result: "matrix [n, c]"
  ) { arguments in
    .matrix(
      crossEntropyGradient(
        logits: arguments.matrix("logits"), targets: arguments.integers("targets"))
    )
  },
]

private let layerEntries: [ReferenceFunction] = [
  ReferenceFunction(
    name: "linear", summary: "x·w + b, a fully connected layer",
    arguments: [.matrix("x", "n", "in"), .matrix("w", "in", "out"), .vector("b", "out")],
    result: "matrix [n, out]"
  ) { arguments in
    .matrix(
      linear(arguments.matrix("x"), weight: arguments.matrix("w"), bias: arguments.vector("b")))
  },
  ReferenceFunction(
    name: "linear_backward",
    summary: "gradients of linear: grad_x = g·wᵀ, grad_w = xᵀ·g, grad_b = column sums of g",
    arguments: [
      .matrix("x", "n", "in"), .matrix("w", "in", "out"), .vector("b", "out"),
      .matrix("grad_output", "n", "out"),
    ],
    result: "{grad_x: [n, in], grad_w: [in, out], grad_b: [out]}"
  ) { arguments in
    let gradients = linearBackward(
      arguments.matrix("x"), weight: arguments.matrix("w"),
      gradOutput: arguments.matrix("grad_output"))
    return .object([
      ("grad_x", .matrix(gradients.gradInput)),
      ("grad_w", .matrix(gradients.gradWeight)),
      ("grad_b", .vector(gradients.gradBias)),
    ])
  },
  ReferenceFunction(
    name: "mlp_gradients",
    summary: "loss and gradients of relu(x·w1 + b1)·w2 + b2 under mean softmax cross-entropy",
    arguments: [
      .matrix("x", "n", "in"), .matrix("w1", "in", "hidden"), .vector("b1", "hidden"),
      .matrix("w2", "hidden", "c"), .vector("b2", "c"),
      .classIndices("targets", count: "n", classes: "c"),
    ],
    result: "{loss, grad_w1: [in, hidden], grad_b1: [hidden], grad_w2: [hidden, c], grad_b2: [c]}"
  ) { arguments in
    let result = mlpGradients(
      x: arguments.matrix("x"), w1: arguments.matrix("w1"), b1: arguments.vector("b1"),
      w2: arguments.matrix("w2"), b2: arguments.vector("b2"), targets: arguments.integers("targets")
    )
    return .object([
      ("loss", .number(result.loss)),
      ("grad_w1", .matrix(result.gradW1)),
      ("grad_b1", .vector(result.gradB1)),
      ("grad_w2", .matrix(result.gradW2)),
      ("grad_b2", .vector(result.gradB2)),
    ])
  },
]

private let optimizerEntries: [ReferenceFunction] = [
  ReferenceFunction(
    name: "sgd_step", summary: "w − learning_rate·grad",
    arguments: [.matrix("w", "r", "c"), .matrix("grad", "r", "c"), .number("learning_rate")],
    result: "matrix [r, c]"
  ) { arguments in
    .matrix(
      sgdStep(
        weight: arguments.matrix("w"), gradient: arguments.matrix("grad"),
        learningRate: arguments.number("learning_rate")))
  },
  ReferenceFunction(
    name: "momentum_step",
    summary: "velocity ← momentum·velocity + grad; w ← w − learning_rate·velocity",
    arguments: [
      .matrix("w", "r", "c"), .matrix("grad", "r", "c"), .matrix("velocity", "r", "c"),
      .number("learning_rate"), .number("momentum"),
    ],
    result: "{w: [r, c], velocity: [r, c]}"
  ) { arguments in
    let result = momentumStep(
      weight: arguments.matrix("w"), gradient: arguments.matrix("grad"),
      velocity: arguments.matrix("velocity"), learningRate: arguments.number("learning_rate"),
      momentum: arguments.number("momentum"))
    return .object([("w", .matrix(result.weight)), ("velocity", .matrix(result.velocity))])
  },
  ReferenceFunction(
    name: "rmsprop_step",
    summary: "v ← rho·v + (1 − rho)·grad²; w ← w − learning_rate·grad / (√v + epsilon)",
    arguments: [
      .matrix("w", "r", "c"), .matrix("grad", "r", "c"), .matrix("v", "r", "c"),
      .number("learning_rate"), .number("rho"), .number("epsilon"),
    ],
    result: "{w: [r, c], v: [r, c]}"
  ) { arguments in
    let result = rmspropStep(
      weight: arguments.matrix("w"), gradient: arguments.matrix("grad"),
      meanSquare: arguments.matrix("v"), learningRate: arguments.number("learning_rate"),
      rho: arguments.number("rho"), epsilon: arguments.number("epsilon"))
    return .object([("w", .matrix(result.weight)), ("v", .matrix(result.meanSquare))])
  },
  ReferenceFunction(
    name: "adam_step",
    summary:
      "Adam with bias correction (Kingma & Ba 2015, Algorithm 1); step t ≥ 1 is the step taken",
    arguments: [
      .matrix("w", "r", "c"), .matrix("grad", "r", "c"), .matrix("m", "r", "c"),
      .matrix("v", "r", "c"), .integer("step", minimum: 1), .number("learning_rate"),
      .number("beta1"), .number("beta2"), .number("epsilon"),
    ],
    result: "{w: [r, c], m: [r, c], v: [r, c]}"
  ) { arguments in
    let result = adamStep(
      weight: arguments.matrix("w"), gradient: arguments.matrix("grad"),
      firstMoment: arguments.matrix("m"), secondMoment: arguments.matrix("v"),
      step: arguments.integer("step"), learningRate: arguments.number("learning_rate"),
      beta1: arguments.number("beta1"), beta2: arguments.number("beta2"),
      epsilon: arguments.number("epsilon"))
    return .object([
      ("w", .matrix(result.weight)),
      ("m", .matrix(result.firstMoment)),
      ("v", .matrix(result.secondMoment)),
    ])
  },
  ReferenceFunction(
    name: "clip_grad_norm",
    summary: "scale all grads by max_norm / norm when their global L2 norm exceeds max_norm",
    arguments: [.matrices("grads"), .number("max_norm")],
    result: "{grads: list of matrices, norm}"
  ) { arguments throws(ReferenceError) in
    let maxNorm = arguments.number("max_norm")
    guard maxNorm > 0 else {
      throw arguments.invalid(
        "max_norm", is: JSONValue.number(maxNorm).kindDescription, expected: "a number > 0")
    }
    let result = clipGradientNorm(arguments.matrices("grads"), maxNorm: maxNorm)
    return .object([
      ("grads", .array(result.gradients.map(JSONValue.matrix))),
      ("norm", .number(result.norm)),
    ])
  },
]
