/// What a compare check tells a learner whose output is NaN or ∞ where an input was extreme:
/// how this exercise keeps `exp` finite.
///
/// `exp(x)` overflows to ∞ once `x` passes about 709.78, and ∞/∞, ∞ − ∞ or 0·∞ is NaN; it
/// underflows to 0 below about −745, so a sum of such values is 0. The remedy depends on the
/// formula: a softmax or attention subtracts each row's maximum (``rowMaximum``), a loss
/// computes log-sum-exp with the same shift (``logSumExp``), a sigmoid branches on the sign so
/// that `exp` only sees `−|z|`. An exercise states its own advice in its `checks` block, before
/// or after its checks:
///
/// ```swift
/// check.stabilityAdvice = .rowMaximum
/// check.stabilityAdvice = StabilityAdvice(
///   overflow: "e^z/(1 + e^z) is ∞/∞ = NaN there: use 1/(1 + e^(−z)) for z ≥ 0 and e^z/(1 + e^z) for z < 0.")
/// ```
///
/// Without one, the check gives ``general``, which names no particular fix.
public struct StabilityAdvice: Sendable, Equatable {
  /// The advice for an overflow, a sentence that follows "NaN first appears at (i, j); the
  /// input there was large (x): ".
  public var overflow: String
  /// The advice for a NaN or ∞ where the input's whole row was very negative (every exp 0),
  /// following "the input there was very negative (x): "; `nil` for an exercise that sums no
  /// row of exps, whose learner then gets the general list of causes.
  public var underflow: String?

  public init(overflow: String, underflow: String? = nil) {
    self.overflow = overflow
    self.underflow = underflow
  }

  /// For any exercise: what overflows, and the one rule every stable rewrite follows.
  public static let general = StabilityAdvice(
    overflow: "exp of a number above about 709.8 overflows to ∞, and ∞/∞, ∞ − ∞ or 0·∞ is NaN. "
      + "If your code takes exp of it, rewrite the formula so that exp only ever sees values ≤ 0.")

  /// For a softmax, a log-sum-exp (cross-entropy) or attention: the max shift along each row.
  public static let rowMaximum = StabilityAdvice(
    overflow: "exp of a number above about 709.8 overflows to ∞, and ∞/∞ is NaN. Subtract each "
      + "row's maximum before exp: the shift changes no probability, and the largest exp is "
      + "exactly 1.",
    underflow: "exp underflows to 0 there, so a sum of them is 0 and dividing by it (or its log) "
      + "is not finite. Subtract the row's own maximum before exp.")

  /// For a loss computed from logits (cross-entropy, perplexity): log-sum-exp with the shift.
  public static let logSumExp = StabilityAdvice(
    overflow: "exp of a number above about 709.8 overflows to ∞, so log Σ exp(xⱼ) is ∞ (and "
      + "∞ − ∞ is NaN). Compute it as m + log Σ exp(xⱼ − m), m the row's maximum: the largest "
      + "exp is then exactly 1, and the loss never needs a probability's log.",
    underflow: "exp underflows to 0 there, so Σ exp(xⱼ) is 0 and its log is −∞. Compute it as "
      + "m + log Σ exp(xⱼ − m), m the row's own maximum.")
}
