import PrimerKit

func mostFrequentPair(_ ids: [Int]) -> (Int, Int)? {
  if ids.count < 2 { return nil }
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
  for k in 1..<pairs.count where counts[k] > counts[best] { best = k }
  return pairs[best]
}
