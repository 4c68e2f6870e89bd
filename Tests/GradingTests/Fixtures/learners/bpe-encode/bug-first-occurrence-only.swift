import PrimerKit

func encode(_ ids: [Int], merges: [(Int, Int)]) -> [Int] {
  var tokens = ids
  for (k, pair) in merges.enumerated() {
    if let i = tokens.indices.dropLast().first(where: {
      tokens[$0] == pair.0 && tokens[$0 + 1] == pair.1
    }) {
      tokens.replaceSubrange(i...(i + 1), with: [256 + k])
    }
  }
  return tokens
}
