import PrimerKit

func mostFrequentPair(_ ids: [Int]) -> (Int, Int)? {
  guard ids.count >= 2 else { return nil }
  var counts: [[Int]: Int] = [:]
  var firstSeen: [[Int]: Int] = [:]
  for (i, pair) in zip(ids, ids.dropFirst()).enumerated() {
    let key = [pair.0, pair.1]
    counts[key, default: 0] += 1
    if firstSeen[key] == nil { firstSeen[key] = i }
  }
  let best = counts.keys.min { a, b in
    counts[a]! != counts[b]! ? counts[a]! > counts[b]! : firstSeen[a]! < firstSeen[b]!
  }!
  return (best[0], best[1])
}
