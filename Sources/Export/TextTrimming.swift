extension String {
  /// The text without the white space and line breaks at either end, scalar by scalar, as
  /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` trims it.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !String.isWhitespace($0) }) else {
      return ""
    }
    let last = scalars.lastIndex(where: { !String.isWhitespace($0) })!
    return String(String.UnicodeScalarView(scalars[first...last]))
  }

  /// Whether Foundation's `CharacterSet.whitespacesAndNewlines` holds `scalar`: white space,
  /// line breaks and the zero-width space.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\u{200B}" || scalar.properties.isWhitespace
  }
}
