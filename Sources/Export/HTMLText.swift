/// Escaping text for HTML: every string that comes from a lesson or from the learner goes
/// through here before it reaches a page.
enum HTMLText {
  /// `text` safe inside an element or a double- or single-quoted attribute value: `&`, `<`,
  /// `>`, `"` and `'` become character references. Nothing else changes, so the result reads
  /// back as exactly `text`.
  static func escape(_ text: String) -> String {
    guard
      text.utf8.contains(where: {
        $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27
      })
    else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// A link target from a lesson, or nil when it could run script or leave the page unsafely.
  ///
  /// Relative links, fragments and the `http`, `https` and `mailto` schemes are kept (as
  /// cmark's safe mode does, `javascript:`, `vbscript:`, `file:` and `data:` are not).
  static func safeURL(_ destination: String) -> String? {
    let trimmed = destination.trimmingWhitespaceAndControls()
    guard let colon = trimmed.firstIndex(of: ":") else { return trimmed }
    let scheme = trimmed[..<colon]
    // A colon after a `/`, `?` or `#` is part of a relative path, not a scheme.
    if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return trimmed }
    switch scheme.lowercased() {
    case "http", "https", "mailto": return trimmed
    default: return nil
    }
  }
}

extension String {
  fileprivate func trimmingWhitespaceAndControls() -> String {
    let scalars = unicodeScalars.filter { !($0.properties.generalCategory == .control) }
    var text = String(String.UnicodeScalarView(scalars))
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return text
  }
}
