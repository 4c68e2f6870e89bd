/// How many terminal columns text occupies.
///
/// Terminals lay text out in a grid: most characters take one column, East Asian wide and
/// fullwidth characters and emoji take two, and combining marks, zero-width joiners and
/// other format characters take none. ANSI escape sequences (CSI `ESC [ … m` and OSC
/// `ESC ] … ESC \`) take none either. This follows Unicode's East Asian Width property
/// (UAX #11) and `wcwidth` as modern terminals implement it, counting a grapheme cluster once:
/// an emoji sequence such as 👩‍💻 or 🇫🇷 is two columns.
public enum DisplayWidth {
  /// The columns `text` occupies on a terminal, grapheme cluster by grapheme cluster.
  public static func of<S: StringProtocol>(_ text: S) -> Int {
    var width = 0
    var escape = EscapeState.none
    for character in text {
      if escape != .none || character == "\u{1B}" {
        escape = escape.after(character)
        continue
      }
      width += of(character)
    }
    return width
  }

  /// The columns one grapheme cluster occupies: 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count == 1 { return of(first) }
    // An emoji sequence (ZWJ sequence, flag, keycap, emoji with VS16) is one wide glyph.
    if scalars.contains(where: { $0.properties.isEmojiPresentation || $0.value == 0xFE0F })
      && scalars.contains(where: { $0.properties.isEmoji })
    {
      return 2
    }
    return min(2, scalars.reduce(0) { $0 + of($1) })
  }

  /// The columns one scalar occupies on its own.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    return of(scalar, category: scalar.properties.generalCategory)
  }

  /// `of(scalar)` for a scalar from U+0300 on whose general category is known.
  private static func of(_ scalar: Unicode.Scalar, category: Unicode.GeneralCategory) -> Int {
    let value = scalar.value
    switch category {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    // Hangul medial vowels and final consonants join the initial consonant's two columns.
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    return isWide(value) ? 2 : 1
  }

  /// East Asian Wide (W) and Fullwidth (F) ranges of UAX #11 outside emoji.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
      0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      true
    default:
      false
    }
  }

  /// Where a scan is inside an escape sequence.
  private enum EscapeState {
    case none, escape, csi, osc, oscEscape

    func after(_ character: Character) -> EscapeState {
      switch self {
      case .none: return character == "\u{1B}" ? .escape : .none
      case .escape:
        if character == "[" { return .csi }
        if character == "]" { return .osc }
        return .none
      case .csi:
        guard let value = character.unicodeScalars.first?.value else { return .none }
        return (0x40...0x7E).contains(value) ? .none : .csi
      case .osc:
        if character == "\u{07}" { return .none }
        return character == "\u{1B}" ? .oscEscape : .osc
      case .oscEscape:
        return character == "\\" ? .none : .osc
      }
    }
  }
}
