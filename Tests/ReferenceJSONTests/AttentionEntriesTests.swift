import Reference
import Testing

@testable import ReferenceJSON

// `call(_:_:)`, which sends a request to `primer ref`, is in `ReferenceCatalogTests.swift`.

/// The error `primer ref NAME` gives for `json`, or `nil` if it answers.
private func failure(_ name: String, _ json: String) -> ReferenceError? {
  do {
    _ = try call(name, json)
    return nil
  } catch {
    return error
  }
}

/// `matrix` as `primer ref` prints it.
private func text(_ matrix: Matrix) -> String { JSONValue.matrix(matrix).text }

/// `vector` as JSON.
private func text(_ vector: [Double]) -> String { JSONValue.vector(vector).text }

/// A small, irregular `[rows, columns]` matrix.
private func sample(_ rows: Int, _ columns: Int, seed: Double = 1) -> Matrix {
  Matrix(rows: rows, columns: columns) { r, c in
    (seed * Double(3 * r + 7 * c + 1)).squareRoot().truncatingRemainder(dividingBy: 1.7) - 0.8
  }
}

/// The answers of the attention entries: each the library's result, printed.
@Suite struct AttentionEntriesTests {
  @Test func everyEntryIsListed() {
    for name in [
      "attention", "multi_head_attention", "layer_norm", "positional_encoding", "encoder_block",
      "gpt_block",
    ] {
      #expect(ReferenceCatalog.names.contains(name))
    }
  }

  @Test(arguments: [false, true])
  func attentionGivesOutputAndWeights(causal: Bool) throws {
    let (q, k, v) = (sample(3, 2), sample(4, 2, seed: 2), sample(4, 3, seed: 3))
    let expected = attention(q: q, k: k, v: v, causal: causal)
    let answer = try call(
      "attention", #"{"q": \#(text(q)), "k": \#(text(k)), "v": \#(text(v)), "causal": \#(causal)}"#)
    #expect(
      answer == #"{"output": \#(text(expected.output)), "weights": \#(text(expected.weights))}"#)
  }

  @Test func attentionIsNotCausalByDefault() throws {
    let x = sample(3, 2)
    let expected = attention(q: x, k: x, v: x)
    let answer = try call("attention", #"{"q": \#(text(x)), "k": \#(text(x)), "v": \#(text(x))}"#)
    #expect(answer.hasPrefix(#"{"output": \#(text(expected.output))"#))
  }

  @Test(arguments: [(1, false), (2, true), (3, false)])
  func multiHeadAttention(heads: Int, causal: Bool) throws {
    let x = sample(4, 6)
    let (wq, wk, wv, wo) = (
      sample(6, 6, seed: 2), sample(6, 6, seed: 3), sample(6, 6, seed: 5), sample(6, 6, seed: 7)
    )
    let weights = MultiHeadAttentionWeights(wq: wq, wk: wk, wv: wv, wo: wo, heads: heads)
    let expected = Reference.multiHeadAttention(x, weights: weights, causal: causal)
    let answer = try call(
      "multi_head_attention",
      #"{"x": \#(text(x)), "heads": \#(heads), "wq": \#(text(wq)), "wk": \#(text(wk)), "#
        + #""wv": \#(text(wv)), "wo": \#(text(wo)), "causal": \#(causal)}"#)
    #expect(answer == text(expected))
  }

  @Test func multiHeadAttentionAttendsToMemoryWhenGiven() throws {
    let (x, memory) = (sample(3, 4), sample(5, 4, seed: 11))
    let (wq, wk, wv, wo) = (
      sample(4, 4, seed: 2), sample(4, 4, seed: 3), sample(4, 4, seed: 5), sample(4, 4, seed: 7)
    )
    let weights = MultiHeadAttentionWeights(wq: wq, wk: wk, wv: wv, wo: wo, heads: 2)
    let expected = Reference.multiHeadAttention(x, memory: memory, weights: weights)
    let answer = try call(
      "multi_head_attention",
      #"{"x": \#(text(x)), "memory": \#(text(memory)), "heads": 2, "wq": \#(text(wq)), "#
        + #""wk": \#(text(wk)), "wv": \#(text(wv)), "wo": \#(text(wo))}"#)
    #expect(answer == text(expected))
    #expect(answer != text(Reference.multiHeadAttention(x, weights: weights)))
  }

  @Test func memoryMustHaveTheModelWidth() {
    let request =
      #"{"x": \#(text(sample(3, 4))), "memory": \#(text(sample(5, 3))), "heads": 2, "#
      + #""wq": \#(text(sample(4, 4))), "wk": \#(text(sample(4, 4))), "#
      + #""wv": \#(text(sample(4, 4))), "wo": \#(text(sample(4, 4)))}"#
    #expect(failure("multi_head_attention", request) != nil)
    #expect(failure("multi_head_attention", request)?.description.contains("memory") == true)
  }

  @Test func layerNormUsesTheDefaultEpsilon() throws {
    let x = sample(3, 4)
    let (gamma, beta) = ([1.0, 2, 0.5, -1], [0.0, 0.1, -0.2, 0.3])
    let request = #"{"x": \#(text(x)), "gamma": \#(text(gamma)), "beta": \#(text(beta))"#
    #expect(try call("layer_norm", request + "}") == text(layerNorm(x, gamma: gamma, beta: beta)))
    #expect(
      try call("layer_norm", request + #", "epsilon": 0.5}"#)
        == text(layerNorm(x, gamma: gamma, beta: beta, epsilon: 0.5)))
  }

  @Test func positionalEncoding() throws {
    #expect(
      try call("positional_encoding", #"{"length": 5, "d_model": 7}"#)
        == text(Reference.positionalEncoding(length: 5, dModel: 7)))
    #expect(try call("positional_encoding", #"{"length": 0, "d_model": 3}"#) == "[]")
  }

  static func blockRequest(
    heads: Int, omitting omitted: String? = nil, replacing: [String: String] = [:]
  )
    -> (String, TransformerBlockWeights, Matrix)
  {
    let (d, ff) = (6, 5)
    let x = sample(3, d)
    let weights = TransformerBlockWeights(
      wq: sample(d, d, seed: 2), wk: sample(d, d, seed: 3), wv: sample(d, d, seed: 5),
      wo: sample(d, d, seed: 7), heads: heads,
      ln1Gamma: [1, 0.5, 2, 1, -1, 1.5], ln1Beta: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
      w1: sample(d, ff, seed: 11), b1: [0.1, -0.1, 0.2, 0, 0.3],
      w2: sample(ff, d, seed: 13), b2: [0, 0, 0.1, 0.1, -0.1, 0.2],
      ln2Gamma: [2, 1, 1, 0.5, 1, 1], ln2Beta: [0.5, 0.4, 0.3, 0.2, 0.1, 0])
    var members: [(String, String)] = [
      ("x", text(x)), ("heads", String(heads)), ("wq", text(weights.wq)),
      ("wk", text(weights.wk)), ("wv", text(weights.wv)), ("wo", text(weights.wo)),
      ("ln1_gamma", text(weights.ln1Gamma)), ("ln1_beta", text(weights.ln1Beta)),
      ("w1", text(weights.w1)), ("b1", text(weights.b1)), ("w2", text(weights.w2)),
      ("b2", text(weights.b2)), ("ln2_gamma", text(weights.ln2Gamma)),
      ("ln2_beta", text(weights.ln2Beta)),
    ]
    members.removeAll { $0.0 == omitted }
    members = members.map { ($0.0, replacing[$0.0] ?? $0.1) }
    let request = "{" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    return (request, weights, x)
  }

  @Test(arguments: [2, 3])
  func encoderAndGPTBlocks(heads: Int) throws {
    let (request, weights, x) = Self.blockRequest(heads: heads)
    #expect(try call("encoder_block", request) == text(encoderBlock(x, weights: weights)))
    #expect(try call("gpt_block", request) == text(gptBlock(x, weights: weights)))
  }
}

/// Bad requests to the attention entries: each is refused with a message, never a trap.
@Suite struct AttentionEntriesBadInputTests {
  @Test func keysOfAnotherWidthAreRefused() {
    let error = failure(
      "attention", #"{"q": [[1, 2]], "k": [[1, 2, 3]], "v": [[1]]}"#)
    #expect(
      error?.description
        == "primer ref attention: `k` has shape [1, 3]; expected k: matrix [tk, dk] with dk = 2 from `q`."
    )
  }

  @Test func valuesWithAnotherRowCountAreRefused() {
    let error = failure(
      "attention", #"{"q": [[1, 2]], "k": [[1, 2], [3, 4]], "v": [[1]]}"#)
    #expect(
      error?.description
        == "primer ref attention: `v` has shape [1, 1]; expected v: matrix [tk, dv] with tk = 2 from `k`."
    )
  }

  @Test func causalMustBeABoolean() {
    let error = failure("attention", #"{"q": [[1]], "k": [[1]], "v": [[1]], "causal": 1}"#)
    #expect(
      error?.description
        == "primer ref attention: `causal` is the number 1; expected causal: boolean = false.")
  }

  @Test func headsThatDoNotDivideTheWidthAreRefused() {
    let x = "[[1, 2, 3, 4]]"
    let w = "[[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]"
    let error = failure(
      "multi_head_attention",
      #"{"x": \#(x), "heads": 3, "wq": \#(w), "wk": \#(w), "wv": \#(w), "wo": \#(w)}"#)
    #expect(
      error?.description
        == "primer ref multi_head_attention: `heads` is the number 3; expected a divisor of the"
        + " model width d = 4 (one of 1, 2, 4), so every head gets d/heads columns.")
  }

  @Test func zeroHeadsAreRefused() {
    let error = failure(
      "multi_head_attention",
      #"{"x": [[1]], "heads": 0, "wq": [[1]], "wk": [[1]], "wv": [[1]], "wo": [[1]]}"#)
    #expect(
      error?.description
        == "primer ref multi_head_attention: `heads` is the number 0; expected heads: integer ≥ 1."
    )
  }

  @Test func projectionsMustBeSquare() {
    let error = failure(
      "multi_head_attention",
      #"{"x": [[1, 2]], "heads": 1, "wq": [[1, 0], [0, 1]], "wk": [[1, 0]], "wv": [[1]], "wo": [[1]]}"#
    )
    #expect(
      error?.description
        == "primer ref multi_head_attention: `wk` has shape [1, 2]; expected wk: matrix [d, d] with d = 2 from `x`."
    )
  }

  @Test(arguments: ["-1", "\"NaN\"", "\"-Infinity\""])
  func negativeOrNaNEpsilonIsRefused(epsilon: String) {
    let error = failure(
      "layer_norm", #"{"x": [[1, 2]], "gamma": [1, 1], "beta": [0, 0], "epsilon": \#(epsilon)}"#)
    #expect(
      error?.description
        == "primer ref layer_norm: `epsilon` is the number \(epsilon.filter { $0 != "\"" }); expected"
        + " a number ≥ 0 (default 1e-5).")
  }

  @Test func gammaOfAnotherWidthIsRefused() {
    let error = failure("layer_norm", #"{"x": [[1, 2]], "gamma": [1], "beta": [0, 0]}"#)
    #expect(
      error?.description
        == "primer ref layer_norm: `gamma` has shape [1]; expected gamma: vector [m] with m = 2 from `x`."
    )
  }

  @Test func hugeTablesAreRefused() {
    let error = failure("positional_encoding", #"{"length": 1000000, "d_model": 512}"#)
    #expect(
      error?.description
        == "primer ref positional_encoding: `length` is the number 1000000; expected at most 1953"
        + " with d_model = 512 (a table of at most 1000000 numbers).")
  }

  @Test func zeroWidthIsRefused() {
    let error = failure("positional_encoding", #"{"length": 3, "d_model": 0}"#)
    #expect(
      error?.description
        == "primer ref positional_encoding: `d_model` is the number 0; expected d_model: integer ≥ 1."
    )
  }

  @Test(arguments: ["encoder_block", "gpt_block"])
  func blockWithoutItsSecondLayerIsRefused(name: String) {
    let (request, _, _) = AttentionEntriesTests.blockRequest(heads: 2, omitting: "w2")
    #expect(
      failure(name, request)
        == .missingArgument(function: name, argument: "w2", expected: "w2: matrix [ff, d]"))
  }

  @Test(arguments: ["encoder_block", "gpt_block"])
  func blockWithABiasOfTheWrongLengthIsRefused(name: String) {
    let (request, _, _) = AttentionEntriesTests.blockRequest(heads: 2, replacing: ["b1": "[1, 2]"])
    #expect(
      failure(name, request)?.description
        == "primer ref \(name): `b1` has shape [2]; expected b1: vector [ff] with ff = 5 from `w1`."
    )
  }

  @Test(arguments: ["encoder_block", "gpt_block"])
  func blockWithHeadsThatDoNotDivideIsRefused(name: String) {
    let (request, _, _) = AttentionEntriesTests.blockRequest(heads: 2, replacing: ["heads": "4"])
    #expect(
      failure(name, request)?.description
        == "primer ref \(name): `heads` is the number 4; expected a divisor of the model width"
        + " d = 6 (one of 1, 2, 3, 6), so every head gets d/heads columns.")
  }

  @Test func nonFiniteInputsGiveNonFiniteOutputsNotATrap() throws {
    let answer = try call(
      "attention", #"{"q": [["Infinity", 0]], "k": [[1, 2], [3, 4]], "v": [[1], ["NaN"]]}"#)
    #expect(answer.contains("NaN"))
  }
}
