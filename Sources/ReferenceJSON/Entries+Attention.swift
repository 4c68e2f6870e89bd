import Reference

// The attention part of the reference library behind `primer ref`: attention, multi-head
// attention, layer norm, positional encoding and transformer blocks. Shapes are declared, so
// `Arguments.validate` checks them before `compute` runs; what a declaration cannot say (heads
// dividing d, ε not negative, a table small enough to build) is checked here, so the library's
// preconditions never trap.

/// Entries for attention, multi-head attention, positional encoding, layer norm and transformer
/// blocks.
let attentionEntries: [ReferenceFunction] = [
  ReferenceFunction(
    name: "attention", summary: "softmax(q·kᵀ/√dk)·v, optionally causal (key j > query i masked)",
    arguments: [
      .matrix("q", "tq", "dk"), .matrix("k", "tk", "dk"), .matrix("v", "tk", "dv"),
      .boolean("causal", default: false),
    ],
    result: "{output: matrix [tq, dv], weights: matrix [tq, tk]}"
  ) { arguments in
    let result = attention(
      q: arguments.matrix("q"), k: arguments.matrix("k"), v: arguments.matrix("v"),
      causal: arguments.boolean("causal"))
    return .object([("output", .matrix(result.output)), ("weights", .matrix(result.weights))])
  },
  ReferenceFunction(
    name: "multi_head_attention",
    summary:
      "attention of x over itself, or over `memory` when given (cross-attention), with `heads` contiguous heads of width d/heads, then ·wo",
    arguments: [.matrix("x", "t", "d"), .optionalMatrix("memory", "s", "d")]
      + attentionWeightArguments + [.boolean("causal", default: false)],
    result: "matrix [t, d]"
  ) { arguments throws(ReferenceError) in
    let weights = try multiHeadAttentionWeights(arguments)
    return .matrix(
      multiHeadAttention(
        arguments.matrix("x"), memory: arguments.optionalMatrix("memory"), weights: weights,
        causal: arguments.boolean("causal")))
  },
  ReferenceFunction(
    name: "layer_norm", summary: "γ ⊙ (x − mean)/√(var + ε) + β over each row (biased variance)",
    arguments: [
      .matrix("x", "n", "m"), .vector("gamma", "m"), .vector("beta", "m"),
      .number("epsilon", default: 1e-5),
    ],
    result: "matrix [n, m]"
  ) { arguments throws(ReferenceError) in
    let epsilon = arguments.number("epsilon")
    guard epsilon >= 0 else {
      throw arguments.invalid(
        "epsilon", is: JSONValue.number(epsilon).kindDescription,
        expected: "a number ≥ 0 (default 1e-5)")
    }
    return .matrix(
      layerNorm(
        arguments.matrix("x"), gamma: arguments.vector("gamma"), beta: arguments.vector("beta"),
        epsilon: epsilon))
  },
  ReferenceFunction(
    name: "positional_encoding",
    summary: "sinusoidal encoding, interleaved: sin in even columns, cos in odd ones",
    arguments: [.integer("length", minimum: 0), .integer("d_model", minimum: 1)],
    result: "matrix [length, d_model]"
  ) { arguments throws(ReferenceError) in
    let length = arguments.integer("length")
    let width = arguments.integer("d_model")
    guard length <= maximumTableElements / width else {
      throw arguments.invalid(
        "length", is: "the number \(length)",
        expected: "at most \(maximumTableElements / width) with d_model = \(width)"
          + " (a table of at most \(maximumTableElements) numbers)")
    }
    return .matrix(positionalEncoding(length: length, dModel: width))
  },
  ReferenceFunction(
    name: "encoder_block",
    summary: "post-LN encoder block: a = LN₁(x + MHA(x)), LN₂(a + relu(a·w1 + b1)·w2 + b2)",
    arguments: blockArguments, result: "matrix [t, d]"
  ) { arguments throws(ReferenceError) in
    .matrix(encoderBlock(arguments.matrix("x"), weights: try transformerBlockWeights(arguments)))
  },
  ReferenceFunction(
    name: "gpt_block",
    summary: "pre-LN GPT block: h = x + MHA_causal(LN₁(x)), h + gelu(LN₂(h)·w1 + b1)·w2 + b2",
    arguments: blockArguments, result: "matrix [t, d]"
  ) { arguments throws(ReferenceError) in
    .matrix(gptBlock(arguments.matrix("x"), weights: try transformerBlockWeights(arguments)))
  },
]

/// The largest positional-encoding table `primer ref` builds: 10⁶ numbers, far more than a
/// lesson needs, and small enough to print.
private let maximumTableElements = 1_000_000

/// `heads` and the four `[d, d]` projections of an attention layer.
private let attentionWeightArguments: [Argument] = [
  .integer("heads", minimum: 1),
  .matrix("wq", "d", "d"), .matrix("wk", "d", "d"), .matrix("wv", "d", "d"),
  .matrix("wo", "d", "d"),
]

/// The arguments of a block with one attention layer, in the order of the architecture.
private let blockArguments: [Argument] =
  [.matrix("x", "t", "d")] + attentionWeightArguments + [
    .vector("ln1_gamma", "d"), .vector("ln1_beta", "d"),
    .matrix("w1", "d", "ff"), .vector("b1", "ff"), .matrix("w2", "ff", "d"), .vector("b2", "d"),
    .vector("ln2_gamma", "d"), .vector("ln2_beta", "d"),
  ]

/// The attention weights, once `heads` is known to divide `d`.
private func multiHeadAttentionWeights(_ arguments: Arguments) throws(ReferenceError)
  -> MultiHeadAttentionWeights
{
  let heads = arguments.integer("heads")
  let d = arguments.dimension("d")
  guard d % heads == 0 else {
    let divisors = (1...d).filter { d % $0 == 0 }.map(String.init).joined(separator: ", ")
    throw arguments.invalid(
      "heads", is: "the number \(heads)",
      expected: "a divisor of the model width d = \(d) (one of \(divisors)), so every head"
        + " gets d/heads columns")
  }
  return MultiHeadAttentionWeights(
    wq: arguments.matrix("wq"), wk: arguments.matrix("wk"), wv: arguments.matrix("wv"),
    wo: arguments.matrix("wo"), heads: heads)
}

/// The weights of an encoder or GPT block, once `heads` is known to divide `d`.
private func transformerBlockWeights(_ arguments: Arguments) throws(ReferenceError)
  -> TransformerBlockWeights
{
  let attention = try multiHeadAttentionWeights(arguments)
  return TransformerBlockWeights(
    wq: attention.wq, wk: attention.wk, wv: attention.wv, wo: attention.wo,
    heads: attention.heads,
    ln1Gamma: arguments.vector("ln1_gamma"), ln1Beta: arguments.vector("ln1_beta"),
    w1: arguments.matrix("w1"), b1: arguments.vector("b1"),
    w2: arguments.matrix("w2"), b2: arguments.vector("b2"),
    ln2Gamma: arguments.vector("ln2_gamma"), ln2Beta: arguments.vector("ln2_beta"))
}
