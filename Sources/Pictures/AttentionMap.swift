import Reference

extension PictureSpec.Attention {
  /// The inputs `x = E + PE`, `[T, d]`: a random embedding per distinct token (the same word
  /// gets the same embedding wherever it stands) plus the sinusoidal positional encoding.
  ///
  /// Embeddings are drawn in order of first appearance, `d` normal samples each with standard
  /// deviation 0.5 (about the size of the encoding's entries), from `Xoshiro256StarStar(seed:)`.
  func inputs() -> Matrix {
    var generator = Xoshiro256StarStar(seed: seed)
    var embeddings: [String: [Double]] = [:]
    var rows: [[Double]] = []
    for token in tokens {
      if embeddings[token] == nil {
        embeddings[token] = (0..<dModel).map { _ in 0.5 * generator.nextNormal() }
      }
      rows.append(embeddings[token]!)
    }
    return Matrix(rows) + positionalEncoding(length: tokens.count, dModel: dModel)
  }

  /// The weights of `Reference.attention(q: x, k: x, v: x, causal:)`, `[T, T]`: row `i` is
  /// how much token `i` attends to each token.
  func weights() -> Matrix {
    let x = inputs()
    return Reference.attention(q: x, k: x, v: x, causal: causal).weights
  }

  /// The weights as a heat map, queries down and keys across, on a scale from 0 to 1.
  func picture() -> HeatMap {
    HeatMap(
      values: weights().rowArrays, rowLabels: tokens, columnLabels: tokens, rowTitle: "query",
      columnTitle: "key", scale: ColorScale(kind: .sequential, lower: 0, upper: 1))
  }
}

extension PictureSpec.PositionalEncoding {
  /// `Reference.positionalEncoding(length:dModel:)` as a heat map, positions down and
  /// dimensions across, on a scale from −1 to 1.
  func picture() -> HeatMap {
    let encoding = positionalEncoding(length: length, dModel: dModel)
    return HeatMap(
      values: encoding.rowArrays, rowLabels: (0..<length).map(String.init),
      columnLabels: (0..<dModel).map(String.init), rowTitle: "position",
      columnTitle: "dimension", scale: ColorScale(kind: .diverging, lower: -1, upper: 1))
  }
}
