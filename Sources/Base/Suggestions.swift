/// The names a learner probably meant when a name matches nothing: `softmx` → `softmax-stable`,
/// `raed` → `read`, `nueral` → `neural-networks`.
///
/// A candidate is suggested when the name is within a few edits of the whole candidate, or of
/// its beginning (a misspelt prefix: `softmx` is one edit from `softma`, the start of
/// `softmax-stable`), or of one of its words (`networks`). Edits are insertions, deletions,
/// substitutions and swaps of two neighbouring letters (`raed`), each counted once.
public enum Suggestions {
  /// The candidates closest to `name`, best first; empty when none is close enough to be a
  /// likely typo (at most 2 edits, or a third of the name's length for long names; to a
  /// candidate's beginning, 1 edit, or a quarter of the name's length).
  ///
  /// - Parameters:
  ///   - name: what was typed; compared without regard to case.
  ///   - candidates: the valid names, in the order to list ties in.
  ///   - words: more names each candidate may be known by (a lesson's title words).
  public static func closest(
    to name: String, among candidates: [String], words: (String) -> [String] = { _ in [] }
  ) -> [String] {
    let key = name.lowercased()
    guard !key.isEmpty else { return [] }
    let limit = max(2, key.count / 3)
    // A beginning is held to fewer edits: two letters changed in a short one (`nope`, `mome`)
    // are a different word, not a typo.
    let startLimit = max(1, key.count / 4)
    var scored: [(candidate: String, distance: Int)] = []
    for candidate in candidates {
      let forms = [candidate.lowercased()] + words(candidate).map { $0.lowercased() }
      let whole = forms.map { editDistance(key, $0) }.min() ?? .max
      let start = forms.map { distanceToStart(key, of: $0) }.min() ?? .max
      if whole <= limit {
        scored.append((candidate, whole))
      } else if start <= startLimit {
        scored.append((candidate, start))
      }
    }
    guard let best = scored.map(\.distance).min() else { return [] }
    return scored.filter { $0.distance == best }.map(\.candidate)
  }

  /// The fewest edits from `key`, of three letters or more, to a beginning of `form` one
  /// letter shorter to one letter longer than `key`.
  static func distanceToStart(_ key: String, of form: String) -> Int {
    let letters = Array(form)
    guard key.count >= 3, letters.count > key.count else { return .max }
    var best = Int.max
    for length in max(1, key.count - 1)...min(letters.count, key.count + 1) {
      best = min(best, editDistance(key, String(letters[..<length])))
    }
    return best
  }

  /// The optimal-string-alignment distance: the fewest insertions, deletions, substitutions
  /// and swaps of neighbouring characters that turn `a` into `b`, no character edited twice.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    // rows[i][j]: the distance from a[..<i] to b[..<j]
    var rows = [Array(0...b.count)]
    for i in 1...a.count {
      var row = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        }
      }
      rows.append(row)
    }
    return rows[a.count][b.count]
  }
}
