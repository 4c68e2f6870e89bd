import PrimerKit

func earlyStop(validationLosses losses: [Double], patience: Int) -> (stop: Int, best: Int) {
  var bestIndex = 0
  var bad = 0
  for i in 1..<max(losses.count, 1) {
    if losses[i] < losses[bestIndex] {
      bestIndex = i
    } else {
      bad += 1
      if bad >= patience { return (i, bestIndex) }
    }
  }
  return (losses.count - 1, bestIndex)
}
