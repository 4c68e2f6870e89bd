import PrimerKit

func merge(_ ids: [Int], pair: (Int, Int), newID: Int) -> [Int] {
  // Mark the start of every occurrence, then rebuild.
  var starts = Set<Int>()
  for i in 0..<max(ids.count - 1, 0) where ids[i] == pair.0 && ids[i + 1] == pair.1 {
    starts.insert(i)
  }
  var result: [Int] = []
  var i = 0
  while i < ids.count {
    if starts.contains(i) {
      result.append(newID)
      i += starts.contains(i + 1) ? 1 : 2
    } else {
      result.append(ids[i])
      i += 1
    }
  }
  return result
}
