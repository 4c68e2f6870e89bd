import PrimerKit

func mostFrequentPair(_ ids: [Int]) -> (Int, Int)? {
  guard ids.count >= 2 else { return nil }
  var pairs: [(Int, Int)] = []
  var counts: [Int] = []
  var i = 0
  while i < ids.count - 1 {
    let p = (ids[i], ids[i + 1])
    if let k = pairs.firstIndex(where: { $0 == p }) {
      counts[k] += 1
    } else {
      pairs.append(p)
      counts.append(1)
    }
    // a a a holds one pair (a, a), as a merge would see it
    i += (ids[i] == ids[i + 1]) ? 2 : 1
  }
  var best = 0
  for k in pairs.indices where counts[k] > counts[best] { best = k }
  return pairs[best]
}
