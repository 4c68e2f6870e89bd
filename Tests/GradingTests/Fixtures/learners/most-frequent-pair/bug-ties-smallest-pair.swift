import PrimerKit

func mostFrequentPair(_ ids: [Int]) -> (Int, Int)? {
  guard ids.count >= 2 else { return nil }
  var counts: [[Int]: Int] = [:]
  for i in 0..<(ids.count - 1) {
    counts[[ids[i], ids[i + 1]], default: 0] += 1
  }
  // Most frequent first; on a tie the smaller pair, so the answer is always the same.
  let best = counts.sorted { a, b in
    a.value != b.value ? a.value > b.value : (a.key[0], a.key[1]) < (b.key[0], b.key[1])
  }.first!.key
  return (best[0], best[1])
}
