/// A multilayer perceptron: linear layers with a ReLU between consecutive layers.
///
/// `MLP(x) = Lₖ(relu(… relu(L₁(x))))`: no activation after the last layer, whose outputs are
/// logits (or regression values). A transformer's feed-forward block has the same shape with
/// two layers and GELU.
public struct MLP: Equatable, Sendable {
  /// The layers, first to last; each one's output size is the next one's input size.
  public var layers: [Linear]

  /// A network of the given layers.
  public init(layers: [Linear]) {
    precondition(!layers.isEmpty, "MLP: needs at least one layer")
    for (index, pair) in Swift.zip(layers, layers.dropFirst()).enumerated() {
      precondition(
        pair.0.weight.columns == pair.1.weight.rows,
        "MLP: layer \(index) gives \(pair.0.weight.columns) outputs, "
          + "layer \(index + 1) takes \(pair.1.weight.rows) inputs")
    }
    self.layers = layers
  }

  /// A network with randomly initialised layers of the given sizes.
  ///
  /// `[4, 16, 3]` gives 4 inputs, one hidden layer of 16, and 3 outputs (see
  /// `Linear.init(inputs:outputs:using:)`).
  public init<G: RandomNumberGenerator>(sizes: [Int], using generator: inout G) {
    precondition(sizes.count >= 2, "MLP: sizes \(sizes) need an input and an output size")
    self.init(
      layers: Swift.zip(sizes, sizes.dropFirst()).map {
        Linear(inputs: $0, outputs: $1, using: &generator)
      })
  }

  /// The network applied to an `[n, in]` batch, giving `[n, out]`.
  public func callAsFunction(_ x: Matrix) -> Matrix {
    var activation = x
    for (index, layer) in layers.enumerated() {
      activation = layer(activation)
      if index < layers.count - 1 { activation = relu(activation) }
    }
    return activation
  }
}

/// The loss of a one-hidden-layer classifier and its gradients with respect to every parameter.
public struct MLPGradients: Equatable, Sendable {
  /// The mean cross-entropy over the batch.
  public var loss: Double
  /// `∂loss/∂w1`, `[in, hidden]`.
  public var gradW1: Matrix
  /// `∂loss/∂b1`, length `hidden`.
  public var gradB1: [Double]
  /// `∂loss/∂w2`, `[hidden, classes]`.
  public var gradW2: Matrix
  /// `∂loss/∂b2`, length `classes`.
  public var gradB2: [Double]

  /// The loss and gradients from their parts.
  public init(loss: Double, gradW1: Matrix, gradB1: [Double], gradW2: Matrix, gradB2: [Double]) {
    self.loss = loss
    self.gradW1 = gradW1
    self.gradB1 = gradB1
    self.gradW2 = gradW2
    self.gradB2 = gradB2
  }
}

/// Forward and backward pass of `logits = relu(x·w1 + b1)·w2 + b2` under mean softmax
/// cross-entropy: the whole of backpropagation for a small network.
///
/// Forward: `z = x·w1 + b1`, `h = relu(z)`, `logits = h·w2 + b2`, `loss = CE(logits, targets)`.
/// Backward, each step one rule: `g_logits = (softmax(logits) − onehot)/n`;
/// `linearBackward` gives `g_w2, g_b2, g_h`; `g_z = 1[z > 0] ⊙ g_h`; `linearBackward` gives
/// `g_w1, g_b1`.
///
/// - Parameters:
///   - x: `[n, in]` inputs.
///   - w1: `[in, hidden]`.
///   - b1: `[hidden]`.
///   - w2: `[hidden, classes]`.
///   - b2: `[classes]`.
///   - targets: `n` class indices in `0..<classes`.
/// - Returns: the loss and the four parameter gradients.
public func mlpGradients(
  x: Matrix, w1: Matrix, b1: [Double], w2: Matrix, b2: [Double], targets: [Int]
) -> MLPGradients {
  let z = linear(x, weight: w1, bias: b1)  // [n, hidden]
  let h = relu(z)  // [n, hidden]
  let logits = linear(h, weight: w2, bias: b2)  // [n, classes]
  let loss = crossEntropy(logits: logits, targets: targets)

  let gradLogits = crossEntropyGradient(logits: logits, targets: targets)  // [n, classes]
  let second = linearBackward(h, weight: w2, gradOutput: gradLogits)
  let gradZ = reluBackward(z, gradOutput: second.gradInput)  // [n, hidden]
  let first = linearBackward(x, weight: w1, gradOutput: gradZ)
  return MLPGradients(
    loss: loss, gradW1: first.gradWeight, gradB1: first.gradBias,
    gradW2: second.gradWeight, gradB2: second.gradBias)
}
