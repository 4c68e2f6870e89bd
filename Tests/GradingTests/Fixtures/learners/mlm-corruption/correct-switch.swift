import PrimerKit

func maskTokens(
  _ tokens: [Int], draws: [Double], randomTokens: [Int], maskID: Int
) -> (inputs: [Int], targets: [Int]) {
  var inputs: [Int] = []
  var targets: [Int] = []
  for (i, u) in draws.enumerated() {
    switch u {
    case ..<0.12: inputs.append(maskID)
    case ..<0.135: inputs.append(randomTokens[i])
    default: inputs.append(tokens[i])
    }
    targets.append(u < 0.15 ? tokens[i] : -1)
  }
  return (inputs, targets)
}
