/// Inverted dropout with the random draws given: each entry is kept when its draw is at least
/// `rate`, and kept entries are scaled by `1/(1 − rate)`.
///
/// During training, dropout zeroes each activation with probability `rate`; dividing the
/// survivors by the keep probability `1 − rate` keeps every entry's expected value unchanged,
/// so at evaluation time dropout is simply switched off (the identity). The draws are uniform
/// numbers in [0, 1), one per entry, passed in so that a test can fix them: an entry whose draw
/// is exactly `rate` is kept (`P(draw ≥ rate) = 1 − rate`).
///
/// Source: Srivastava et al., "Dropout: A Simple Way to Prevent Neural Networks from
/// Overfitting", JMLR 2014 (which scales at test time instead; the inverted form is what
/// PyTorch and nanoGPT use).
///
/// - Parameters:
///   - x: any shape.
///   - draws: the same shape, uniform in [0, 1).
///   - rate: the probability of dropping, `0 ≤ rate < 1`.
/// - Returns: `x`'s shape.
public func dropout(_ x: Matrix, draws: Matrix, rate: Double) -> Matrix {
  precondition(
    x.shape == draws.shape, "dropout: draws \(draws.shape) need the shape of x \(x.shape)")
  precondition(rate >= 0 && rate < 1, "dropout: rate must be in [0, 1), got \(rate)")
  return x.zip(draws) { value, draw in draw >= rate ? value / (1 - rate) : 0 }
}

/// When early stopping ends a run: the step at which the validation loss has failed to improve
/// `patience` times in a row since its best, and that best step.
///
/// Step `i` improves when its loss is strictly below every earlier one. The run stops at the
/// first step that is the `patience`-th without improvement since the best; if that never
/// happens the run goes to the end, and `stop` is the last step.
///
/// - Parameters:
///   - losses: the validation loss at each evaluation, at least one.
///   - patience: evaluations without improvement to tolerate, `≥ 1`.
/// - Returns: `stop`, the index at which training stops, and `best`, the index of the lowest
///   loss seen up to then (whose weights a trainer keeps).
public func earlyStopping(validationLosses losses: [Double], patience: Int) -> (
  stop: Int, best: Int
) {
  precondition(!losses.isEmpty, "earlyStopping: no losses")
  precondition(patience >= 1, "earlyStopping: patience must be at least 1, got \(patience)")
  var best = 0
  for step in losses.indices.dropFirst() {
    if losses[step] < losses[best] {
      best = step
    } else if step - best >= patience {
      return (step, best)
    }
  }
  return (losses.count - 1, best)
}
