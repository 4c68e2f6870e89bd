import Base
/// The validation loss of a count-based bigram model: the baseline a GPT must beat.
///
/// `P(b | a) = (count(a b) + α)/(count(a) + αV)` from the training tokens (add-α smoothing,
/// `α = 0.01` by default, so unseen pairs keep a small probability), and the loss is the mean
/// `−ln P(next | current)` over the validation tokens. It uses one character of context; a
/// model that attends further back should do better.
public func bigramLoss(
  train: [Int], validation: [Int], vocabularySize v: Int, smoothing alpha: Double = 0.01
) -> Double {
  precondition(validation.count >= 2, "bigramLoss: validation needs at least two tokens")
  var counts = [Double](repeating: 0, count: v * v)
  var totals = [Double](repeating: 0, count: v)
  for (a, b) in zip(train, train.dropFirst()) {
    counts[a * v + b] += 1
    totals[a] += 1
  }
  var loss = 0.0
  for (a, b) in zip(validation, validation.dropFirst()) {
    loss -= log((counts[a * v + b] + alpha) / (totals[a] + alpha * Double(v)))
  }
  return loss / Double(validation.count - 1)
}
