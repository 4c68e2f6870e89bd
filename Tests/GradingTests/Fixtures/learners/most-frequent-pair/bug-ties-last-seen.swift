import PrimerKit

func mostFrequentPair(_ ids: [Int]) -> (Int, Int)? {
  guard ids.count >= 2 else { return nil }
  var pairs: [(Int, Int)] = []
  var counts: [Int] = []
  for i in 0..<(ids.count - 1) {
    let p = (ids[i], ids[i + 1])
    if let k = pairs.firstIndex(where: { $0 == p }) {
      counts[k] += 1
    } else {
      pairs.append(p)
      counts.append(1)
    }
  }
  var best = 0
  var bestCount = 0
  for k in pairs.indices where counts[k] >= bestCount {
    best = k
    bestCount = counts[k]
  }
  return pairs[best]
}
