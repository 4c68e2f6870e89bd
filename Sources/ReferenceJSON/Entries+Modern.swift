import Reference

// The newer part of the reference library behind `primer ref`: the modern block (RMSNorm,
// rotary embeddings, SwiGLU, grouped-query attention), generation (top-p, perplexity, the KV
// cache) and byte-level BPE. What the declarations cannot say (an even width, heads dividing
// d, p in (0, 1], a vocabulary of at least 256) is checked here, so the library's
// preconditions never trap.

/// The longest text `bpe_train` and `bpe_encode` accept: training is quadratic in the worst
/// case, and a megabyte already takes seconds.
let maximumBPETextLength = 1 << 20

/// Entries for the modern block, generation and tokenization.
let modernEntries: [ReferenceFunction] = [
  ReferenceFunction(
    name: "rms_norm", summary: "γ ⊙ x / √(mean(x², row) + ε): no mean subtraction, no bias",
    arguments: [.matrix("x", "n", "d"), .vector("gamma", "d"), .number("epsilon", default: 1e-6)],
    result: "matrix [n, d]"
  ) { arguments throws(ReferenceError) in
    let epsilon = try nonNegative("epsilon", arguments, default: "1e-6")
    return .matrix(
      rmsNorm(arguments.matrix("x"), gamma: arguments.vector("gamma"), epsilon: epsilon))
  },
  ReferenceFunction(
    name: "rotary_embedding",
    summary: "RoPE: columns (2i, 2i+1) of row r rotated by (offset + r)·base^(−2i/d)",
    arguments: [
      .matrix("x", "t", "d"), .number("base", default: 10000),
      .integer("offset", minimum: 0, default: 0),
    ],
    result: "matrix [t, d]"
  ) { arguments throws(ReferenceError) in
    let x = arguments.matrix("x")
    guard x.columns % 2 == 0 else {
      throw arguments.invalid(
        "x", is: "a matrix of width \(x.columns)", expected: "an even width d (columns in pairs)")
    }
    let base = arguments.number("base")
    guard base > 0, base.isFinite else {
      throw arguments.invalid(
        "base", is: JSONValue.number(base).kindDescription,
        expected: "a finite number > 0 (default 10000)")
    }
    return .matrix(rotaryEmbedding(x, base: base, offset: arguments.integer("offset")))
  },
  ReferenceFunction(
    name: "swiglu", summary: "(silu(x·w) ⊙ (x·v))·w2, LLaMA's feed-forward layer",
    arguments: [
      .matrix("x", "n", "d"), .matrix("w", "d", "h"), .matrix("v", "d", "h"),
      .matrix("w2", "h", "d"),
    ],
    result: "matrix [n, d]"
  ) { arguments in
    .matrix(
      swiglu(
        arguments.matrix("x"), w: arguments.matrix("w"), v: arguments.matrix("v"),
        w2: arguments.matrix("w2")))
  },
  ReferenceFunction(
    name: "grouped_query_attention",
    summary: "attention with `heads` query heads sharing `kv_heads` key/value heads, then ·wo",
    arguments: [
      .matrix("x", "t", "d"), .matrix("wq", "d", "d"), .matrix("wk", "d", "kv"),
      .matrix("wv", "d", "kv"), .matrix("wo", "d", "d"), .integer("heads", minimum: 1),
      .integer("kv_heads", minimum: 1), .boolean("causal", default: false),
    ],
    result: "matrix [t, d]"
  ) { arguments throws(ReferenceError) in
    let (x, wk) = (arguments.matrix("x"), arguments.matrix("wk"))
    let (heads, kvHeads) = (arguments.integer("heads"), arguments.integer("kv_heads"))
    guard x.columns % heads == 0 else {
      throw arguments.invalid(
        "heads", is: "the number \(heads)", expected: "a divisor of d = \(x.columns)")
    }
    guard heads % kvHeads == 0 else {
      throw arguments.invalid(
        "kv_heads", is: "the number \(kvHeads)", expected: "a divisor of heads = \(heads)")
    }
    guard wk.columns == kvHeads * (x.columns / heads) else {
      throw arguments.invalid(
        "wk", is: "a matrix of width \(wk.columns)",
        expected: "width kv_heads·d/heads = \(kvHeads * (x.columns / heads))")
    }
    return .matrix(
      groupedQueryAttention(
        x, wq: arguments.matrix("wq"), wk: wk, wv: arguments.matrix("wv"),
        wo: arguments.matrix("wo"), heads: heads, kvHeads: kvHeads,
        causal: arguments.boolean("causal")))
  },
  ReferenceFunction(
    name: "cached_attention",
    summary: "causal attention decoded one row at a time through a KV cache",
    arguments: [.matrix("q", "t", "dk"), .matrix("k", "t", "dk"), .matrix("v", "t", "dv")],
    result: "matrix [t, dv]"
  ) { arguments in
    .matrix(
      cachedCausalAttention(
        q: arguments.matrix("q"), k: arguments.matrix("k"), v: arguments.matrix("v")))
  },
  ReferenceFunction(
    name: "top_p_probabilities",
    summary: "per row, the most probable tokens whose mass reaches p, renormalised; 0 elsewhere",
    arguments: [.matrix("logits", "n", "v"), .number("p")],
    result: "matrix [n, v]"
  ) { arguments throws(ReferenceError) in
    let p = arguments.number("p")
    guard p > 0, p <= 1 else {
      throw arguments.invalid(
        "p", is: JSONValue.number(p).kindDescription, expected: "a number in (0, 1]")
    }
    return .matrix(topPProbabilities(arguments.matrix("logits"), p: p))
  },
  ReferenceFunction(
    name: "perplexity", summary: "exp of the mean cross-entropy",
    arguments: [.matrix("logits", "n", "c"), .classIndices("targets", count: "n", classes: "c")],
    result: "number"
  ) { arguments in
    .number(perplexity(logits: arguments.matrix("logits"), targets: arguments.integers("targets")))
  },
  ReferenceFunction(
    name: "bpe_train",
    summary: "byte-level BPE merges: the most frequent adjacent pair (ties: first seen) each round",
    arguments: [
      .text("text", maximumLength: maximumBPETextLength), .integer("vocab_size", minimum: 256),
    ],
    result: "{merges: [[first, second], …]}"
  ) { arguments throws(ReferenceError) in
    let vocabularySize = arguments.integer("vocab_size")
    guard vocabularySize <= 256 + 65_536 else {
      throw arguments.invalid(
        "vocab_size", is: "the number \(vocabularySize)", expected: "at most \(256 + 65_536)")
    }
    let merges = BytePairEncoding.train(arguments.text("text"), vocabularySize: vocabularySize)
    return .object([("merges", .array(merges.map(pair)))])
  },
  ReferenceFunction(
    name: "bpe_encode",
    summary: "the ids of text: its UTF-8 bytes with the merges applied in order",
    arguments: [.text("text", maximumLength: maximumBPETextLength), .merges("merges")],
    result: "array of ids"
  ) { arguments in
    let ids = BytePairEncoding.encode(arguments.text("text"), merges: arguments.merges("merges"))
    return .array(ids.map(JSONValue.integer))
  },
]

private func pair(_ merge: BytePairEncoding.Merge) -> JSONValue {
  .array([.integer(merge.first), .integer(merge.second)])
}

/// The number `name`, which must be finite and ≥ 0.
private func nonNegative(_ name: String, _ arguments: Arguments, default text: String)
  throws(ReferenceError) -> Double
{
  let value = arguments.number(name)
  guard value >= 0, value.isFinite else {
    throw arguments.invalid(
      name, is: JSONValue.number(value).kindDescription,
      expected: "a finite number ≥ 0 (default \(text))")
  }
  return value
}
