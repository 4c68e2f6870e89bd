import PrimerKit

func maskTokens(
  _ tokens: [Int], draws: [Double], randomTokens: [Int], maskID: Int
) -> (inputs: [Int], targets: [Int]) {
  var inputs = tokens
  var targets = [Int](repeating: -1, count: tokens.count)
  for i in tokens.indices where draws[i] <= 0.15 {
    targets[i] = tokens[i]
    if draws[i] <= 0.12 {
      inputs[i] = maskID
    } else if draws[i] <= 0.135 {
      inputs[i] = randomTokens[i]
    }
  }
  return (inputs, targets)
}
