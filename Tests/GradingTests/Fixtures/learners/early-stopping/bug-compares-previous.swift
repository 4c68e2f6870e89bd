import PrimerKit

func earlyStop(validationLosses losses: [Double], patience: Int) -> (stop: Int, best: Int) {
  var best = 0
  var without = 0
  for i in 1..<max(losses.count, 1) {
    if losses[i] < losses[i - 1] {
      without = 0
      if losses[i] < losses[best] { best = i }
    } else {
      without += 1
      if without == patience { return (i, best) }
    }
  }
  return (losses.count - 1, best)
}
