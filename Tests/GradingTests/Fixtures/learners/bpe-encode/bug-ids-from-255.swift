import PrimerKit

func merge(_ ids: [Int], pair: (Int, Int), newID: Int) -> [Int] {
  var result: [Int] = []
  var i = 0
  while i < ids.count {
    if i + 1 < ids.count && ids[i] == pair.0 && ids[i + 1] == pair.1 {
      result.append(newID)
      i += 2
    } else {
      result.append(ids[i])
      i += 1
    }
  }
  return result
}

func encode(_ ids: [Int], merges: [(Int, Int)]) -> [Int] {
  var tokens = ids
  var nextID = 255
  for pair in merges {
    nextID += 1
    tokens = merge(tokens, pair: pair, newID: nextID + 1)
  }
  return tokens
}
