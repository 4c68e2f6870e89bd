/// Makes text a program printed safe to show in a terminal.
public enum TerminalText {
  /// `text` with control characters and terminal escape sequences made visible.
  ///
  /// Invalid UTF-8 becomes U+FFFD. ESC, the other C0 controls except newline and tab, DEL
  /// and the C1 controls (U+0080–U+009F, which some terminals also obey) are written as
  /// `\u{1B}`, so a learner's output cannot move the cursor, clear the screen, retitle the
  /// window or forge grader messages with colour. Bidirectional formatting characters
  /// (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) are escaped too, so output cannot be
  /// shown in an order other than the one printed.
  public static func escape(_ bytes: [UInt8]) -> String {
    escape(String(decoding: bytes, as: UTF8.self))
  }

  /// `text` with control characters made visible; see ``escape(_:)-([UInt8])``.
  public static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x09:
        escaped.unicodeScalars.append(scalar)
      case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default:
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
