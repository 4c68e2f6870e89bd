import PrimerKit

func earlyStop(validationLosses losses: [Double], patience: Int) -> (stop: Int, best: Int) {
  var bestLoss = Double.infinity
  var bestIndex = 0
  var without = 0
  var i = 0
  while i < losses.count {
    if losses[i] < bestLoss {
      bestLoss = losses[i]
      bestIndex = i
      without = 0
    } else {
      without += 1
      if without == patience { break }
    }
    i += 1
  }
  return (min(i, losses.count - 1), bestIndex)
}
