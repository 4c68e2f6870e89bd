import Base
import Autodiff
import PrimerKit


/// Writes text with a trained model: one token at a time, each drawn from the model's
/// distribution for the next token given the last `T` tokens.
///
/// The logits are divided by the temperature (below 1 sharpens, above 1 flattens), all but
/// the `k` largest are dropped when `topK` is given, and the token is drawn from the softmax
/// of what is left. Source: nanoGPT `model.py`, `GPT.generate`.
public struct Sampler {
  /// The softmax of `logits / temperature` over the `topK` largest logits (all when `nil`);
  /// the other entries are 0.
  public static func probabilities(_ logits: [Double], temperature: Double, topK: Int?) -> [Double]
  {
    precondition(temperature > 0, "Sampler: the temperature must be positive, got \(temperature)")
    var scaled = logits.map { $0 / temperature }
    if let k = topK, k < scaled.count {
      precondition(k >= 1, "Sampler: top-k needs k ≥ 1, got \(k)")
      let threshold = scaled.sorted(by: >)[k - 1]
      var kept = 0
      for i in scaled.indices {
        if scaled[i] >= threshold && kept < k { kept += 1 } else { scaled[i] = -.infinity }
      }
    }
    let largest = scaled.max() ?? 0
    let exps = scaled.map { $0 == -.infinity ? 0 : exp($0 - largest) }
    let total = exps.reduce(0, +)
    return exps.map { $0 / total }
  }

  /// `length` new tokens after `prompt` (which must not be empty), drawn with `generator`.
  public static func sample<Scalar: TensorScalar, G: RandomNumberGenerator>(
    _ model: GPT<Scalar>, prompt: [Int], length: Int, temperature: Double, topK: Int?,
    generator: inout G
  ) -> [Int] {
    precondition(!prompt.isEmpty, "Sampler: the prompt needs at least one token")
    var tokens = prompt
    let v = model.config.vocabularySize
    for _ in 0..<length {
      let window = Array(tokens.suffix(model.config.context))
      let logits = model.logits(window, length: window.count)
      let last = (0..<v).map { Double(logits.value[(window.count - 1) * v + $0]) }
      let p = probabilities(last, temperature: temperature, topK: topK)
      let u = generator.nextUniform()
      var cumulative = 0.0
      var choice = p.lastIndex { $0 > 0 } ?? 0
      for (token, probability) in p.enumerated() {
        cumulative += probability
        if u < cumulative && probability > 0 {
          choice = token
          break
        }
      }
      tokens.append(choice)
    }
    return Array(tokens.dropFirst(prompt.count))
  }
}
