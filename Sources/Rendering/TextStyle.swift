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

  /// The whole style in one word, so that comparing two styles (done for every span joined
  /// to a line) is one comparison and copying one is a move of eight bytes. Bits 0–3: bold,
  /// italic, underline, dim; bits 4–6: the colour (1–6 for SGR codes 31–36, 7 for gray, 0 for
  /// none); bit 7: whether there is a background; bits 8–15: the background; bits 16–63: the
  /// link's number plus one (0 for none).
  private var bits: UInt64 = 0

  init(
    bold: Bool = false, italic: Bool = false, underline: Bool = false, dim: Bool = false,
    color: Color? = nil, link: Hyperlink? = nil, background: UInt8? = nil
  ) {
    self.bold = bold
    self.italic = italic
    self.underline = underline
    self.dim = dim
    self.color = color
    self.link = link
    self.background = background
  }

  var bold: Bool {
    get { flag(0) }
    set { setFlag(0, newValue) }
  }
  var italic: Bool {
    get { flag(1) }
    set { setFlag(1, newValue) }
  }
  var underline: Bool {
    get { flag(2) }
    set { setFlag(2, newValue) }
  }
  var dim: Bool {
    get { flag(3) }
    set { setFlag(3, newValue) }
  }

  var color: Color? {
    get {
      switch (bits >> 4) & 0x7 {
      case 0: nil
      case 7: .gray
      case let place: Color(rawValue: 30 + Int(place))
      }
    }
    set {
      // 1–6 for the SGR codes 31–36, 7 for gray (90).
      let place = newValue.map { $0 == .gray ? 7 : UInt64($0.rawValue - 30) } ?? 0
      bits = bits & ~(0x7 << 4) | place << 4
    }
  }

  /// The target of an OSC 8 hyperlink around the text.
  var link: Hyperlink? {
    get {
      let number = bits >> 16
      return number == 0 ? nil : Hyperlink(number: Int(number - 1))
    }
    set {
      let number = newValue.map { UInt64($0.number + 1) } ?? 0
      bits = bits & 0xFFFF | number << 16
    }
  }

  /// A background from the 256-colour palette (heat-map cells).
  var background: UInt8? {
    get { flag(7) ? UInt8(truncatingIfNeeded: bits >> 8) : nil }
    set {
      bits = bits & ~0xFF80 | (newValue.map { UInt64($0) << 8 | 0x80 } ?? 0)
    }
  }

  private func flag(_ bit: UInt64) -> Bool { bits & (1 << bit) != 0 }

  private mutating func setFlag(_ bit: UInt64, _ on: Bool) {
    bits = on ? bits | (1 << bit) : bits & ~(1 << bit)
  }

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
    return "\u{1B}[" + codes.joinedByAppending(separator: ";") + "m"
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
