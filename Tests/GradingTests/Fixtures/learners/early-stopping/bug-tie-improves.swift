import PrimerKit

func earlyStop(validationLosses losses: [Double], patience: Int) -> (stop: Int, best: Int) {
  var best = 0
  for i in losses.indices {
    if losses[i] <= losses[best] { best = i }
    if i - best >= patience { return (i, best) }
  }
  return (losses.count - 1, best)
}
