/// The few `String` searches Foundation offered and the standard library does not: trimming
/// white space and finding the last occurrence of a word.
extension StringProtocol {
  /// The text without the white space at either end, as Foundation's
  /// `trimmingCharacters(in: .whitespacesAndNewlines)` (`newlines: true`) or
  /// `trimmingCharacters(in: .whitespaces)` (`newlines: false`, spaces and tabs only) trim it:
  /// scalar by scalar.
  func trimmingWhitespace(newlines: Bool = true) -> String {
    let scalars = String(self).unicodeScalars
    let isTrimmed = { (scalar: Unicode.Scalar) in Self.isWhitespace(scalar, newlines: newlines) }
    guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isTrimmed($0) })!
    return String(String.UnicodeScalarView(scalars[first...last]))
  }

  /// Whether Foundation's `CharacterSet.whitespacesAndNewlines` (`newlines: true`) or
  /// `.whitespaces` holds `scalar`: space separators, the tab and the zero-width space, and
  /// with `newlines` the line and paragraph separators and the other white-space controls.
  static func isWhitespace(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
    if scalar == "\t" || scalar == "\u{200B}"
      || scalar.properties.generalCategory == .spaceSeparator
    {
      return true
    }
    return newlines && scalar.properties.isWhitespace
  }

  /// The range of the last occurrence of `word`, as Foundation's
  /// `range(of: word, options: .backwards)`.
  func lastRange(of word: String) -> Range<Index>? {
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
  func replacingScalars(_ target: String, with replacement: String) -> String {
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
