import PrimerKit

func merge(_ ids: [Int], pair: (Int, Int), newID: Int) -> [Int] {
  var result: [Int] = []
  var i = 0
  while i < ids.count {
    if i < ids.count - 1 && ids[i] == pair.0 && ids[i + 1] == pair.1 {
      result.append(newID)
    } else {
      result.append(ids[i])
    }
    i += 1
  }
  return result
}
