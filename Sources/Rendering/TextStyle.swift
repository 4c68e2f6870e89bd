import Base

/// How a run of terminal text looks: weight, slant, colour and an optional hyperlink.
///
/// Styles are values attached to spans of text and turned into escape sequences only when a
/// line is written out (`StyledLine.write`), so wrapping never sees, splits or miscounts an
/// escape sequence.
struct TextStyle: Hashable, Sendable {
  /// The eight ANSI colours used, by SGR foreground code.
  enum Color: Int, Hashable, Sendable {
    case red = 31
    case green = 32
    case yellow = 33
    case blue = 34
    case magenta = 35
    case cyan = 36
    case gray = 90
  }

  var bold = false
  var italic = false
  var underline = false
  var dim = false
  var color: Color?
  /// The target of an OSC 8 hyperlink around the text.
  var link: Hyperlink?
  /// A background from the 256-colour palette (heat-map cells).
  var background: UInt8?

  static let plain = TextStyle()

  var isPlain: Bool { self == .plain }

  /// The SGR escape selecting this style after a reset (`ESC [ 0 ; 1 ; 36 m`).
  var selectGraphicRendition: String {
    var codes = ["0"]
    if bold { codes.append("1") }
    if dim { codes.append("2") }
    if italic { codes.append("3") }
    if underline { codes.append("4") }
    if let color { codes.append(String(color.rawValue)) }
    if let background { codes.append("48;5;\(background)") }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }

  static func + (lhs: TextStyle, rhs: TextStyle) -> TextStyle {
    TextStyle(
      bold: lhs.bold || rhs.bold, italic: lhs.italic || rhs.italic,
      underline: lhs.underline || rhs.underline, dim: lhs.dim || rhs.dim,
      color: rhs.color ?? lhs.color, link: rhs.link ?? lhs.link,
      background: rhs.background ?? lhs.background)
  }

  // The palette, in one place.
  static let bold = TextStyle(bold: true)
  static let italic = TextStyle(italic: true)
  static let dim = TextStyle(dim: true)
  static let heading1 = TextStyle(bold: true, color: .magenta)
  static let heading2 = TextStyle(bold: true, color: .cyan)
  static let heading3 = TextStyle(bold: true, color: .blue)
  static let code = TextStyle(color: .yellow)
  static let math = TextStyle(color: .green)
  static let linkText = TextStyle(underline: true, color: .blue)
  static let rule = TextStyle(dim: true)
  static let frame = TextStyle(color: .gray)
}
