/// The shape of a tiny GPT: how many symbols, how far back it looks, how wide and how deep.
///
/// The defaults are the speed benchmark's model (about 0.1 M parameters), which learns
/// readable English-like text from the course's lessons in a few minutes on a laptop core.
/// Source: Karpathy, nanoGPT `model.py`, `GPTConfig` (and `config/train_shakespeare_char.py`).
public struct Config: Codable, Equatable, Sendable {
  /// `V`, the number of distinct symbols; the tokenizer decides it.
  public var vocabularySize: Int
  /// `T`, the number of positions the model sees at once (its block size).
  public var context: Int
  /// `C`, the width of the residual stream and of every embedding.
  public var width: Int
  /// The number of attention heads; it divides `width`.
  public var heads: Int
  /// The number of transformer blocks.
  public var layers: Int
  /// The feed-forward network's hidden width, as a multiple of `width` (4 in GPT-2).
  public var mlpRatio: Int

  /// A configuration; `precondition`s check that heads divide the width.
  public init(
    vocabularySize: Int, context: Int = 64, width: Int = 64, heads: Int = 4, layers: Int = 2,
    mlpRatio: Int = 4
  ) {
    precondition(vocabularySize >= 1, "Config: the vocabulary needs at least one symbol")
    precondition(
      context >= 1 && width >= 1 && layers >= 0 && mlpRatio >= 1, "Config: sizes must be positive")
    precondition(
      heads >= 1 && width % heads == 0, "Config: \(heads) heads must divide the width \(width)")
    self.vocabularySize = vocabularySize
    self.context = context
    self.width = width
    self.heads = heads
    self.layers = layers
    self.mlpRatio = mlpRatio
  }

  /// The shapes of the parameters, in the order of ``GPT/parameters``, with their names.
  public var parameterShapes: [(name: String, rows: Int, columns: Int)] {
    var shapes: [(String, Int, Int)] = [
      ("wte", vocabularySize, width), ("wpe", context, width),
    ]
    let hidden = mlpRatio * width
    for layer in 0..<layers {
      let p = "h\(layer)."
      shapes += [
        (p + "ln1.gamma", 1, width), (p + "ln1.beta", 1, width),
        (p + "attn.wqkv", width, 3 * width), (p + "attn.wo", width, width),
        (p + "ln2.gamma", 1, width), (p + "ln2.beta", 1, width),
        (p + "mlp.w1", width, hidden), (p + "mlp.b1", 1, hidden),
        (p + "mlp.w2", hidden, width), (p + "mlp.b2", 1, width),
      ]
    }
    shapes += [("lnf.gamma", 1, width), ("lnf.beta", 1, width)]
    return shapes.map { (name: $0.0, rows: $0.1, columns: $0.2) }
  }

  /// The number of parameters (the output head is tied to `wte`, so it adds none): 107,840
  /// for the defaults with `V = 65`.
  public var parameterCount: Int { parameterShapes.reduce(0) { $0 + $1.rows * $1.columns } }
}
