import PrimerKit

func merge(_ ids: [Int], pair: (Int, Int), newID: Int) -> [Int] {
  var result: [Int] = []
  var i = 0
  while i < ids.count {
    if i + 1 < ids.count && Set([ids[i], ids[i + 1]]) == Set([pair.0, pair.1]) {
      result.append(newID)
      i += 2
    } else {
      result.append(ids[i])
      i += 1
    }
  }
  return result
}
