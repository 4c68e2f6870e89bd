import PrimerKit

func encode(_ ids: [Int], merges: [(Int, Int)]) -> [Int] {
  var tokens = ids
  for (k, pair) in merges.enumerated() {
    var i = tokens.count - 2
    while i >= 0 {
      if tokens[i] == pair.0 && tokens[i + 1] == pair.1 {
        tokens[i] = 256 + k
        tokens.remove(at: i + 1)
      }
      i -= 1
    }
  }
  return tokens
}
