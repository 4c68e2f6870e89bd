import PrimerKit

func merge(_ ids: [Int], pair: (Int, Int), newID: Int) -> [Int] {
  var result: [Int] = []
  var skipNext = false
  for i in ids.indices {
    if skipNext {
      skipNext = false
      continue
    }
    if i + 1 < ids.count && ids[i] == pair.0 && ids[i + 1] == pair.1 {
      result.append(newID)
      skipNext = true
    } else {
      result.append(ids[i])
    }
  }
  return result
}
