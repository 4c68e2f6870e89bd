import PrimerKit

func merge(_ ids: [Int], pair: (Int, Int), newID: Int) -> [Int] {
  var result: [Int] = []
  var i = ids.count - 1
  while i >= 0 {
    if i >= 1 && ids[i - 1] == pair.0 && ids[i] == pair.1 {
      result.append(newID)
      i -= 2
    } else {
      result.append(ids[i])
      i -= 1
    }
  }
  return result.reversed()
}
