#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Nucleus (top-p) sampling's distribution: per row, the smallest set of most probable tokens
/// whose probabilities sum to at least `p`, renormalised; every other token gets 0.
///
/// Each row of `logits` is turned into probabilities with `softmax`; tokens are ranked by
/// probability, highest first, ties going to the lower index; the nucleus is the shortest
/// prefix of that ranking whose sum reaches `p` (so the most probable token is always in it,
/// and `p = 1` keeps every token of non-zero probability). Unlike top-k, the number of tokens
/// kept adapts to the row: a confident row keeps one or two, a flat one keeps many.
///
/// Source: Holtzman et al., "The Curious Case of Neural Text Degeneration", 2020, equation (3).
///
/// - Parameters:
///   - logits: `[n, V]`, finite or `−∞` (a token that can never be drawn).
///   - p: the mass to keep, `0 < p ≤ 1`.
/// - Returns: `[n, V]`, each row summing to 1.
public func topPProbabilities(_ logits: Matrix, p: Double) -> Matrix {
  precondition(p > 0 && p <= 1, "topPProbabilities: p must be in (0, 1], got \(p)")
  let probabilities = softmax(logits)
  var result = Matrix(rows: logits.rows, columns: logits.columns)
  for r in 0..<logits.rows {
    let row = probabilities.row(r)
    // Highest probability first; equal probabilities keep index order (a stable ranking).
    let ranking = row.indices.sorted { row[$0] > row[$1] || (row[$0] == row[$1] && $0 < $1) }
    var kept: [Int] = []
    var mass = 0.0
    for index in ranking {
      kept.append(index)
      mass += row[index]
      if mass >= p { break }
    }
    for index in kept { result[r, index] = row[index] / mass }
  }
  return result
}

/// Perplexity: `exp` of the mean cross-entropy of `logits` against `targets`.
///
/// A model that spreads its probability evenly over `k` tokens has perplexity `k`: it is "as
/// unsure as a fair k-sided die". A uniform model over a vocabulary of `V` tokens scores `V`; a
/// perfect one scores 1. Bits per token are `log₂ perplexity`; for a character model, bits
/// per character.
///
/// - Parameters:
///   - logits: `[n, c]`.
///   - targets: `n` class indices in `0..<c`.
/// - Returns: a number ≥ 1.
public func perplexity(logits: Matrix, targets: [Int]) -> Double {
  exp(crossEntropy(logits: logits, targets: targets))
}

/// Bits per token: the mean cross-entropy in bits, `loss / ln 2`.
///
/// Cross-entropy in nats (natural logarithms) divided by `ln 2` is the average number of bits
/// an ideal code built from the model's probabilities would spend per token; for a character
/// model it is bits per character, the usual figure for compression benchmarks. It equals
/// `log₂ perplexity`.
///
/// - Parameters:
///   - logits: `[n, c]`.
///   - targets: `n` class indices in `0..<c`.
/// - Returns: a number ≥ 0.
public func bitsPerToken(logits: Matrix, targets: [Int]) -> Double {
  crossEntropy(logits: logits, targets: targets) / log(2)
}
