import PrimerKit

func merge(_ ids: [Int], pair: (Int, Int), newID: Int) -> [Int] {
  guard ids.count >= 2 else { return ids }
  if ids[0] == pair.0 && ids[1] == pair.1 {
    return [newID] + merge(Array(ids.dropFirst(2)), pair: pair, newID: newID)
  }
  return [ids[0]] + merge(Array(ids.dropFirst()), pair: pair, newID: newID)
}
