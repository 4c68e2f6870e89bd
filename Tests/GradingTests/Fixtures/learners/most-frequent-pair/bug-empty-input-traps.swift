import PrimerKit

func mostFrequentPair(_ ids: [Int]) -> (Int, Int)? {
  var counts: [String: Int] = [:]
  var order: [(Int, Int)] = []
  for i in 0..<(ids.count - 1) {
    let key = "\(ids[i]),\(ids[i + 1])"
    if counts[key] == nil { order.append((ids[i], ids[i + 1])) }
    counts[key, default: 0] += 1
  }
  var best: (Int, Int)? = nil
  var bestCount = 0
  for p in order where counts["\(p.0),\(p.1)"]! > bestCount {
    best = p
    bestCount = counts["\(p.0),\(p.1)"]!
  }
  return best
}
