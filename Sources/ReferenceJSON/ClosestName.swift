/// The name among `candidates` closest to `name` by edit distance, if it is close enough to be
/// a likely typo (at most 2 edits, or a third of the name's length for long names).
func closestName(to name: String, among candidates: [String]) -> String? {
  let limit = max(2, name.count / 3)
  let scored = candidates.map { (candidate: $0, distance: editDistance(name, $0)) }
  guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else {
    return nil
  }
  return best.candidate
}

/// The Levenshtein distance: the fewest insertions, deletions and substitutions of characters
/// that turn `a` into `b`.
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  var previous = Array(0...b.count)  // distances from a[..<0] to every prefix of b
  for i in 1...max(a.count, 1) where i <= a.count {
    var current = [i] + Array(repeating: 0, count: b.count)
    for j in stride(from: 1, through: b.count, by: 1) {
      let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
      current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
    }
    previous = current
  }
  return previous[b.count]
}
