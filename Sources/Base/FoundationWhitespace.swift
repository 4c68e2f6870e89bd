/// White space as Foundation's `CharacterSet.whitespaces` and `.whitespacesAndNewlines` hold
/// it (`CharacterSet` is not in FoundationEssentials).
extension StringProtocol {
  /// The text without the white space at either end, as Foundation's
  /// `trimmingCharacters(in: .whitespacesAndNewlines)` (`newlines: true`) or
  /// `trimmingCharacters(in: .whitespaces)` (`newlines: false`, spaces and tabs only) trim it:
  /// scalar by scalar.
  package func trimmingFoundationWhitespace(newlines: Bool = true) -> String {
    let scalars = String(self).unicodeScalars
    let isTrimmed = { (scalar: Unicode.Scalar) in
      Self.isFoundationWhitespace(scalar, newlines: newlines)
    }
    guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !isTrimmed($0) })!
    return String(String.UnicodeScalarView(scalars[first...last]))
  }

  /// Whether Foundation's `CharacterSet.whitespacesAndNewlines` (`newlines: true`) or
  /// `.whitespaces` holds `scalar`: space separators, the tab and the zero-width space, and
  /// with `newlines` the line and paragraph separators and the other white-space controls.
  package static func isFoundationWhitespace(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
    if scalar == "\t" || scalar == "\u{200B}"
      || scalar.properties.generalCategory == .spaceSeparator
    {
      return true
    }
    return newlines && scalar.properties.isWhitespace
  }
}
