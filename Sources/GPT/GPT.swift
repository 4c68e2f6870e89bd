import Autodiff
import PrimerKit

/// A tiny GPT: token and position embeddings, pre-LN blocks, a final layer norm and the
/// language-model head.
///
/// `x₀ = wte[tokens] + wpe[positions]`, `x_{l+1} = block_l(x_l)`, `logits = LN_f(x_L)·wteᵀ`:
/// the output head is tied to the token embedding, as in GPT-2 and nanoGPT (Press & Wolf,
/// "Using the Output Embedding to Improve Language Models", 2017).
/// Weights start as `N(0, 0.02²)`, the residual projections (`W_o`, `W₂`) as
/// `N(0, (0.02/√(2L))²)` so the residual stream's variance does not grow with depth; biases
/// and `β` start at 0, `γ` at 1. The initial loss is then close to `ln V`.
/// Sources: nanoGPT `model.py`, class `GPT`; Radford et al. 2019, §2.3.
public final class GPT<Scalar: TensorScalar> {
  /// The model's shape.
  public let config: Config
  /// Every parameter, in the order of ``Config/parameterShapes`` (the checkpoint's order).
  public let parameters: [Tensor<Scalar>]
  /// `wte`, `[V, C]`; also the output head.
  let tokenEmbedding: Tensor<Scalar>
  /// `wpe`, `[T, C]`.
  let positionEmbedding: Tensor<Scalar>
  let blocks: [TransformerBlock<Scalar>]
  /// `γ`, `β` of the final layer norm (`lnf`), each `[1, C]`.
  let finalGamma: Tensor<Scalar>, finalBeta: Tensor<Scalar>

  /// A freshly initialised model; the same seed gives the same weights.
  public convenience init(config: Config, seed: UInt64) {
    var generator = Xoshiro256StarStar(seed: seed)
    let residualStd = 0.02 / (2 * Double(max(config.layers, 1))).squareRoot()
    let values = config.parameterShapes.map { shape -> [Scalar] in
      let count = shape.rows * shape.columns
      if shape.name.hasSuffix("gamma") { return [Scalar](repeating: 1, count: count) }
      if shape.name.hasSuffix("beta") || shape.name.hasSuffix(".b1") || shape.name.hasSuffix(".b2")
      {
        return [Scalar](repeating: 0, count: count)
      }
      let std =
        shape.name.hasSuffix("attn.wo") || shape.name.hasSuffix("mlp.w2") ? residualStd : 0.02
      return (0..<count).map { _ in Scalar(generator.nextNormal() * std) }
    }
    self.init(config: config, values: values)
  }

  /// A model with the given parameter values, in the order of ``Config/parameterShapes``.
  ///
  /// Each layer takes its parameters by the names ``Config/parameterShapes`` gives them
  /// (`wte`, `h0.ln1.gamma`, …, `lnf.beta`), so the order matters only to the checkpoint.
  public init(config: Config, values: [[Scalar]]) {
    let shapes = config.parameterShapes
    precondition(
      values.count == shapes.count, "GPT: \(values.count) parameters for \(shapes.count) shapes")
    self.config = config
    self.parameters = zip(shapes, values).map { shape, value in
      Tensor(rows: shape.rows, columns: shape.columns, value: value)
    }
    let byName = Dictionary(uniqueKeysWithValues: zip(shapes.map(\.name), parameters))
    func parameter(_ name: String) -> Tensor<Scalar> {
      guard let tensor = byName[name] else {
        preconditionFailure("GPT: Config.parameterShapes names no parameter `\(name)`")
      }
      return tensor
    }
    tokenEmbedding = parameter("wte")
    positionEmbedding = parameter("wpe")
    blocks = (0..<config.layers).map { layer in
      func p(_ name: String) -> Tensor<Scalar> { parameter("h\(layer).\(name)") }
      return TransformerBlock(
        ln1Gamma: p("ln1.gamma"), ln1Beta: p("ln1.beta"),
        attention: CausalSelfAttention(wqkv: p("attn.wqkv"), wo: p("attn.wo"), heads: config.heads),
        ln2Gamma: p("ln2.gamma"), ln2Beta: p("ln2.beta"),
        feedForward: FeedForward(w1: p("mlp.w1"), b1: p("mlp.b1"), w2: p("mlp.w2"), b2: p("mlp.b2"))
      )
    }
    finalGamma = parameter("lnf.gamma")
    finalBeta = parameter("lnf.beta")
  }

  /// The next-token logits at every position of sequences of `length ≤ T` tokens each.
  ///
  /// - Parameters:
  ///   - tokens: `B·length` tokens, sequence after sequence.
  ///   - length: the positions per sequence, `1...T`.
  /// - Returns: `[B·length, V]`.
  public func logits(_ tokens: [Int], length: Int) -> Tensor<Scalar> {
    precondition(
      length >= 1 && length <= config.context,
      "GPT: sequences of \(length) exceed the context \(config.context)")
    precondition(
      tokens.count % length == 0, "GPT: \(tokens.count) tokens are not whole sequences of \(length)"
    )
    let positions = (0..<tokens.count).map { $0 % length }
    var x = embedding(tokenEmbedding, tokens) + embedding(positionEmbedding, positions)  // [B·T, C]
    for block in blocks { x = block(x, context: length) }
    let normed = layerNorm(x, gamma: finalGamma, beta: finalBeta)  // [B·T, C]
    return matmul(normed, tokenEmbedding, transposeW: true)  // [B·T, V]
  }

  /// The mean cross-entropy of predicting `targets` from `inputs` (both `B·T` tokens).
  public func loss(inputs: [Int], targets: [Int], length: Int) -> Tensor<Scalar> {
    crossEntropy(logits(inputs, length: length), targets: targets)
  }

  /// Block `index` alone on `x`, `[B·T, C]`, for sequences of `context` positions (all of
  /// `x`'s rows by default): for checking a block against the reference library.
  public func block(_ index: Int, _ x: Tensor<Scalar>, context: Int? = nil) -> Tensor<Scalar> {
    blocks[index](x, context: context ?? x.rows)
  }

  /// Sets every parameter's gradient to zero.
  public func zeroGrad() {
    for parameter in parameters { parameter.zeroGrad() }
  }
}
