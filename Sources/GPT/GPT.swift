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
  /// Every parameter, in the order of ``Config/parameterShapes``.
  public let parameters: [Tensor<Scalar>]
  let blocks: [Block<Scalar>]

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
  public init(config: Config, values: [[Scalar]]) {
    let shapes = config.parameterShapes
    precondition(
      values.count == shapes.count, "GPT: \(values.count) parameters for \(shapes.count) shapes")
    self.config = config
    self.parameters = zip(shapes, values).map { shape, value in
      Tensor(rows: shape.rows, columns: shape.columns, value: value)
    }
    let p = parameters
    self.blocks = (0..<config.layers).map { layer in
      let i = 2 + 10 * layer
      return Block(
        ln1Gamma: p[i], ln1Beta: p[i + 1],
        attention: CausalSelfAttention(wqkv: p[i + 2], wo: p[i + 3], heads: config.heads),
        ln2Gamma: p[i + 4], ln2Beta: p[i + 5],
        mlp: MLP(w1: p[i + 6], b1: p[i + 7], w2: p[i + 8], b2: p[i + 9]))
    }
  }

  var tokenEmbedding: Tensor<Scalar> { parameters[0] }
  var positionEmbedding: Tensor<Scalar> { parameters[1] }
  var finalGamma: Tensor<Scalar> { parameters[parameters.count - 2] }
  var finalBeta: Tensor<Scalar> { parameters[parameters.count - 1] }

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
