/// A `String` search Foundation offered and the standard library does not: the last
/// occurrence of a word.
extension StringProtocol {
  /// The range of the last occurrence of `word`, as Foundation's
  /// `range(of: word, options: .backwards)`.
  package func lastRange(of word: String) -> Range<Index>? {
    guard !word.isEmpty else { return nil }
    var start = endIndex
    while start > startIndex {
      start = index(before: start)
      if self[start...].hasPrefix(word) {
        return start..<index(start, offsetBy: word.count)
      }
    }
    return nil
  }
}

extension String {
  /// The text with every `target` replaced by `replacement`, comparing Unicode scalars as
  /// Foundation's `replacingOccurrences(of:with:)` compares code units: a backslash followed
  /// by a combining mark is still a backslash here, where `replacing(_:with:)` compares whole
  /// characters.
  package func replacingScalars(_ target: String, with replacement: String) -> String {
    let needle = Array(target.unicodeScalars)
    guard !needle.isEmpty else { return self }
    let scalars = Array(unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if index + needle.count <= scalars.count,
        scalars[index..<index + needle.count].elementsEqual(needle)
      {
        result.append(contentsOf: replacement.unicodeScalars)
        index += needle.count
      } else {
        result.append(scalars[index])
        index += 1
      }
    }
    return String(result)
  }
}
