/// Makes text safe to show in a terminal: lesson text, what a learner's program printed, and
/// error messages all go through `escape`, so nothing read from a file or a program can move
/// the cursor, clear the screen, retitle the window, forge coloured messages or reorder what
/// the reader sees.
public enum TerminalText {
  /// `text` with every control character shown as a visible stand-in.
  ///
  /// Line feeds and tabs stay as they are. The other C0 controls become Unicode's control
  /// pictures (`␛` for ESC, `␀`…`␟`), DEL becomes `␡`, and the C1 controls (U+0080–U+009F,
  /// which some terminals obey too) and the bidirectional formatting characters (U+200E,
  /// U+200F, U+202A–U+202E, U+2066–U+2069) are written as `\u{…}`.
  public static func escape(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x09:
        escaped.unicodeScalars.append(scalar)
      case 0x00..<0x20:
        escaped.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
      case 0x7F:
        escaped += "␡"
      case 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default:
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// `text` as ``escape(_:)-(String)`` makes it safe, and on one line: a line feed or a tab
  /// (in a file's name, say) is shown as `␊` or `␉`.
  public static func escapeLine(_ text: String) -> String {
    escape(text).replacing("\n", with: "␊").replacing("\t", with: "␉")
  }

  /// The UTF-8 `bytes` as text made safe by `escape(_:)-(String)`; invalid UTF-8 becomes U+FFFD.
  public static func escape(_ bytes: [UInt8]) -> String {
    escape(String(decoding: bytes, as: UTF8.self))
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
