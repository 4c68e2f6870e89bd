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
  merges.enumerated().reduce(ids) { current, m in
    merge(current, pair: m.element, newID: 256 + m.offset)
  }
}
