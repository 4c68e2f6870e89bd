import PrimerKit

// One scan: at each position, the first merge whose pair matches.
func encode(_ ids: [Int], merges: [(Int, Int)]) -> [Int] {
  var result: [Int] = []
  var i = 0
  while i < ids.count {
    var matched = false
    if i + 1 < ids.count {
      for (k, pair) in merges.enumerated() where ids[i] == pair.0 && ids[i + 1] == pair.1 {
        result.append(256 + k)
        i += 2
        matched = true
        break
      }
    }
    if !matched {
      result.append(ids[i])
      i += 1
    }
  }
  return result
}
