import Reference
import Testing

@testable import ReferenceJSON

/// `primer ref` for the modern block, generation and tokenization: each entry prints the
/// library's result, and every argument the library would trap on is refused with one line.
@Suite struct ModernEntriesTests {
  static let x = Matrix([[0.5, -1.5, 2.0, 1.0], [-0.25, 3.0, 0.0, 0.5]])
  static let xJSON = "[[0.5, -1.5, 2, 1], [-0.25, 3, 0, 0.5]]"

  /// One valid request per entry, which `BadRequestTests` damages byte by byte.
  static let validRequests: [(name: String, input: String)] = [
    ("rms_norm", #"{"x": [[1, -2, 0.5]], "gamma": [1, 2, 3], "epsilon": 0.001}"#),
    ("rotary_embedding", #"{"x": [[1, -2], [0.5, 3]], "base": 100, "offset": 2}"#),
    ("swiglu", #"{"x": [[1, 2]], "w": [[1], [0]], "v": [[0], [1]], "w2": [[1, -1]]}"#),
    (
      "grouped_query_attention",
      #"{"x": [[1, 2]], "wq": [[1, 0], [0, 1]], "wk": [[1], [0]], "wv": [[0], [1]], "wo": [[1, 0], [0, 1]], "heads": 2, "kv_heads": 1}"#
    ),
    ("cached_attention", #"{"q": [[1, 0]], "k": [[0, 1]], "v": [[2]]}"#),
    ("top_p_probabilities", #"{"logits": [[1, 2, 3]], "p": 0.9}"#),
    ("perplexity", #"{"logits": [[1, 2, 3]], "targets": [2]}"#),
    ("bpe_train", #"{"text": "abab", "vocab_size": 258}"#),
    ("bpe_encode", #"{"text": "abab", "merges": [[97, 98], [256, 256]]}"#),
  ]

  @Test func everyModernEntryIsListed() {
    let names = ReferenceCatalog.functions.map(\.name)
    for name in [
      "rms_norm", "rotary_embedding", "swiglu", "grouped_query_attention", "cached_attention",
      "top_p_probabilities", "perplexity", "bpe_train", "bpe_encode",
    ] {
      #expect(names.contains(name), "\(name) is not in the catalogue")
    }
  }

  @Test func entriesPrintTheLibrarysResult() throws {
    let x = Self.x
    #expect(
      try call("rms_norm", #"{"x": \#(Self.xJSON), "gamma": [1, 2, 3, 4]}"#)
        == json(.matrix(rmsNorm(x, gamma: [1, 2, 3, 4]))))
    #expect(
      try call("rotary_embedding", #"{"x": \#(Self.xJSON), "offset": 3, "base": 100}"#)
        == json(.matrix(rotaryEmbedding(x, base: 100, offset: 3))))
    #expect(
      try call("top_p_probabilities", #"{"logits": \#(Self.xJSON), "p": 0.7}"#)
        == json(.matrix(topPProbabilities(x, p: 0.7))))
    #expect(
      try call("perplexity", #"{"logits": \#(Self.xJSON), "targets": [3, 0]}"#)
        == json(.number(perplexity(logits: x, targets: [3, 0]))))
    let w = "[[1, 0], [0, 1], [1, 1], [0.5, -0.5]]"
    let w2 = "[[1, 0, 0, 1], [0, 1, 1, 0]]"
    let wMatrix = Matrix([[1, 0], [0, 1], [1, 1], [0.5, -0.5]])
    #expect(
      try call("swiglu", #"{"x": \#(Self.xJSON), "w": \#(w), "v": \#(w), "w2": \#(w2)}"#)
        == json(
          .matrix(swiglu(x, w: wMatrix, v: wMatrix, w2: Matrix([[1, 0, 0, 1], [0, 1, 1, 0]])))))
  }

  @Test func bytePairEncodingRoundTripsThroughTheCommandLine() throws {
    let merges = try call("bpe_train", #"{"text": "aaabdaaabac", "vocab_size": 259}"#)
    #expect(merges == #"{"merges": [[97, 97], [256, 97], [257, 98]]}"#)
    #expect(
      try call(
        "bpe_encode", #"{"text": "aaabdaaabac", "merges": [[97, 97], [256, 97], [257, 98]]}"#)
        == "[258, 100, 258, 97, 99]")
  }

  @Test func aGroupedQueryAttentionWithOneKeyValueHeadRuns() throws {
    let identity = "[[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]"
    let narrow = "[[1, 0], [0, 1], [1, 0], [0, 1]]"
    let output = try call(
      "grouped_query_attention",
      #"{"x": \#(Self.xJSON), "wq": \#(identity), "wk": \#(narrow), "wv": \#(narrow), "wo": \#(identity), "heads": 2, "kv_heads": 1, "causal": true}"#
    )
    #expect(output.hasPrefix("[["))
  }

  struct Refusal: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let name: String
    let input: String
    let message: String
  }

  static let refusals: [Refusal] = [
    Refusal(
      testDescription: "odd width for RoPE", name: "rotary_embedding",
      input: #"{"x": [[1, 2, 3]]}"#,
      message:
        "primer ref rotary_embedding: `x` is a matrix of width 3; expected an even width d (columns in pairs)."
    ),
    Refusal(
      testDescription: "non-positive base", name: "rotary_embedding",
      input: #"{"x": [[1, 2]], "base": 0}"#,
      message:
        "primer ref rotary_embedding: `base` is the number 0; expected a finite number > 0 (default 10000)."
    ),
    Refusal(
      testDescription: "p of zero", name: "top_p_probabilities",
      input: #"{"logits": [[1, 2]], "p": 0}"#,
      message: "primer ref top_p_probabilities: `p` is the number 0; expected a number in (0, 1]."),
    Refusal(
      testDescription: "p above one", name: "top_p_probabilities",
      input: #"{"logits": [[1, 2]], "p": 1.5}"#,
      message: "primer ref top_p_probabilities: `p` is the number 1.5; expected a number in (0, 1]."
    ),
    Refusal(
      testDescription: "negative epsilon", name: "rms_norm",
      input: #"{"x": [[1, 2]], "gamma": [1, 1], "epsilon": -1}"#,
      message:
        "primer ref rms_norm: `epsilon` is the number -1; expected a finite number ≥ 0 (default 1e-6)."
    ),
    Refusal(
      testDescription: "kv heads not dividing heads", name: "grouped_query_attention",
      input:
        #"{"x": [[1, 2, 3, 4]], "wq": [[1,0,0,0],[0,1,0,0],[0,0,1,0],[0,0,0,1]], "wk": [[1],[1],[1],[1]], "wv": [[1],[1],[1],[1]], "wo": [[1,0,0,0],[0,1,0,0],[0,0,1,0],[0,0,0,1]], "heads": 4, "kv_heads": 3}"#,
      message:
        "primer ref grouped_query_attention: `kv_heads` is the number 3; expected a divisor of heads = 4."
    ),
    Refusal(
      testDescription: "a vocabulary below 256", name: "bpe_train",
      input: #"{"text": "ab", "vocab_size": 100}"#,
      message:
        "primer ref bpe_train: `vocab_size` is the number 100; expected vocab_size: integer ≥ 256."),
    Refusal(
      testDescription: "a merge naming a later id", name: "bpe_encode",
      input: #"{"text": "ab", "merges": [[97, 98], [257, 97]]}"#,
      message:
        "primer ref bpe_encode: `merges[1]` is an array; expected a pair [first, second] of ids in 0..<257 (bytes, or earlier merges)."
    ),
    Refusal(
      testDescription: "text that is not a string", name: "bpe_encode",
      input: #"{"text": 12, "merges": []}"#,
      message:
        "primer ref bpe_encode: `text` is the number 12; expected text: string of at most 1048576 bytes."
    ),
  ]

  @Test(arguments: refusals)
  func isRefusedWithOneLine(refusal: Refusal) {
    #expect(throws: ReferenceError.self) { try call(refusal.name, refusal.input) }
    do {
      _ = try call(refusal.name, refusal.input)
    } catch {
      #expect(error.description == refusal.message)
      #expect(!error.description.contains("\n"))
    }
  }
}
