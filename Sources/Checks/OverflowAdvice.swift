/// What a compare check tells a learner whose output is NaN or ∞ where an input was large:
/// how this exercise keeps `exp` finite.
///
/// `exp(x)` overflows to ∞ once `x` passes about 709.78, and ∞/∞, ∞ − ∞ or 0·∞ is NaN. The
/// remedy depends on the formula: a softmax, a log-sum-exp or attention subtracts each row's
/// maximum (``rowMaximum``); a sigmoid branches on the sign so that `exp` only sees `−|z|`.
/// An exercise states its own advice in its `checks` block, before or after its checks:
///
/// ```swift
/// check.overflowAdvice = .rowMaximum
/// check.overflowAdvice = OverflowAdvice(
///   "e^z/(1 + e^z) is ∞/∞ = NaN there: use 1/(1 + e^(−z)) for z ≥ 0 and e^z/(1 + e^z) for z < 0.")
/// ```
///
/// Without one, the check gives ``general``, which names no particular fix.
public struct OverflowAdvice: Sendable, Equatable {
  /// The advice, a sentence that follows "NaN first appears at (i, j); the input there was
  /// large (x): ".
  public var text: String

  public init(_ text: String) {
    self.text = text
  }

  /// For any exercise: what overflows, and the one rule every stable rewrite follows.
  public static let general = OverflowAdvice(
    "exp of a number above about 709.8 overflows to ∞, and ∞/∞, ∞ − ∞ or 0·∞ is NaN. If your "
      + "code takes exp of it, rewrite the formula so that exp only ever sees values ≤ 0.")

  /// For a softmax, a log-sum-exp (cross-entropy) or attention: the max shift along each row.
  public static let rowMaximum = OverflowAdvice(
    "exp of a number above about 709.8 overflows to ∞, and ∞/∞ is NaN. Subtract each row's "
      + "maximum before exp: the shift changes no probability, and the largest exp is exactly 1.")
}
