/// How many terminal columns text occupies.
///
/// Terminals lay text out in a grid: most characters take one column, East Asian wide and
/// fullwidth characters and emoji take two, and combining marks, zero-width joiners and
/// other format characters take none. ANSI escape sequences (CSI `ESC [ … m` and OSC
/// `ESC ] … ESC \`) take none either. This follows Unicode's East Asian Width property
/// (UAX #11) and `wcwidth` as modern terminals implement it, counting a grapheme cluster once:
/// an emoji sequence such as 👩‍💻 or 🇫🇷 is two columns.
public enum DisplayWidth {
  /// The columns `text` occupies on a terminal.
  public static func of<S: StringProtocol>(_ text: S) -> Int {
    // Fast path: printable ASCII is one column per byte.
    func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }
    let utf8 = text.utf8
    if utf8.withContiguousStorageIfAvailable({ $0.isPrintableASCII })
      ?? utf8.allSatisfy(isPrintableASCII)
    {
      return utf8.count
    }
    if let width = utf8.withContiguousStorageIfAvailable({ scalarByScalar(utf8: $0) }) ?? nil {
      return width
    }
    if let width = scalarByScalar(text) { return width }
    return clusterByCluster(text)
  }

  /// The columns of `text` measured grapheme cluster by grapheme cluster: the plain
  /// definition, which `scalarByScalar` must agree with.
  static func clusterByCluster<S: StringProtocol>(_ text: S) -> Int {
    var width = 0
    var escape = EscapeState.none
    for character in text {
      // ESC is a control character, always a character of its own: its first byte tells,
      // where comparing characters with `==` would normalise every accented one.
      if escape != .none || character.utf8.first == 0x1B {
        escape = escape.after(character)
        continue
      }
      width += of(character)
    }
    return width
  }

  /// The columns of `text` summed scalar by scalar, or `nil` when a scalar of it could share a
  /// grapheme cluster with its neighbours (a combining mark, a joiner, Hangul jamo, emoji and
  /// anything beyond the Basic Multilingual Plane, …).
  ///
  /// Without such scalars every cluster is one scalar (or CR LF, of width 0 either way), so the
  /// sum is the same as `clusterByCluster`'s, without grapheme segmentation: a fast path for
  /// formulas and box drawing, held equal to the plain path by `DisplayWidthTests`.
  static func scalarByScalar<S: StringProtocol>(_ text: S) -> Int? {
    var width = 0
    var escape = EscapeState.none
    for scalar in text.unicodeScalars {
      let value = scalar.value
      var category: Unicode.GeneralCategory?
      let isPlain = isOneColumn(value)
      if value >= 0x300 && !isPlain {
        if mayJoinCluster(value) { return nil }
        let general = scalar.properties.generalCategory
        switch general {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return nil
        default: category = general
        }
      }
      if escape != .none || value == 0x1B {
        escape = escape.after(Character(scalar))
        continue
      }
      width += isPlain ? 1 : category.map { of(scalar, category: $0) } ?? of(scalar)
    }
    return width
  }

  /// `scalarByScalar` on UTF-8 bytes, decoding each scalar by hand: printable ASCII, the
  /// scalars below U+0300 and those of `isOneColumn`'s blocks (the prose and formulas of a
  /// lesson) are measured from their value alone, without a `Unicode.Scalar` iterator; any
  /// other scalar is looked up as `scalarByScalar` looks it up (`columnsStandingAlone`).
  ///
  /// It also answers for the combining marks formulas put on letters (`x̂`, `v⃗`:
  /// `isZeroWidthMark`), which `scalarByScalar` leaves to `clusterByCluster`: such a mark joins
  /// the cluster before it and adds no column to it (a cluster is as wide as its scalars
  /// together, at most two, unless it is an emoji sequence, which these marks do not make).
  ///
  /// `nil` when `scalarByScalar` could not answer otherwise, and also at any control character
  /// (an escape sequence is left to `scalarByScalar`). `DisplayWidthFastPathTests` holds it
  /// equal to `scalarByScalar`, and to `clusterByCluster` where only it answers. `bytes` must
  /// be valid UTF-8, as a string's are.
  static func scalarByScalar(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var width = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let (value, length) = bytes.scalarValue(at: index)
      index += length
      if value < 0x300 {
        // Controls and escape sequences are left to `scalarByScalar`; C1 controls take no
        // column, as `of(_: Unicode.Scalar)` says.
        if value < 0x20 || value == 0x7F { return nil }
        width += value >= 0x80 && value < 0xA0 ? 0 : 1
        continue
      }
      if isOneColumn(value) {
        width += 1
        continue
      }
      if isZeroWidthMark(value) { continue }
      guard let scalar = Unicode.Scalar(value), let columns = columnsStandingAlone(scalar)
      else { return nil }
      width += columns
    }
    return width
  }

  /// The columns of a scalar from U+0300 on outside `isOneColumn`'s blocks, as `scalarByScalar`
  /// counts it, or `nil` when it may share a grapheme cluster with its neighbours.
  private static func columnsStandingAlone(_ scalar: Unicode.Scalar) -> Int? {
    if mayJoinCluster(scalar.value) { return nil }
    let general = scalar.properties.generalCategory
    switch general {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format: return nil
    default: return of(scalar, category: general)
    }
  }

  /// Whether `value` is a combining diacritical mark (U+0300–U+036F) or a combining mark for
  /// symbols (U+20D0–U+20F0): nonspacing and enclosing marks that join the cluster before
  /// them, take no column, and make no emoji sequence. `DisplayWidthFastPathTests` checks
  /// every one.
  static func isZeroWidthMark(_ value: UInt32) -> Bool {
    (0x300...0x36F).contains(value) || (0x20D0...0x20F0).contains(value)
  }

  /// Whether `value` is in a block that formulas, diagrams and frames draw from and whose
  /// every scalar is one column and a grapheme cluster of its own, so no property need be
  /// looked up: Greek, phonetic letters (the subscript ᵢ), general punctuation from ‐ to ‧,
  /// super- and subscripts, letterlike symbols (ℝ), arrows, mathematical operators, box
  /// drawing, block elements (bar charts), geometric shapes but the two emoji at the end of
  /// the block (◽ ◾), Braille patterns (line charts) and Latin Extended-C (the subscript ⱼ).
  /// `DisplayWidthFastPathTests` checks every scalar.
  static func isOneColumn(_ value: UInt32) -> Bool {
    // A switch, not a table: a static array of ranges costs more to set up than it saves here.
    switch value {
    case 0x0370...0x03FF, 0x1D00...0x1DBF, 0x2010...0x2027, 0x2070...0x209F, 0x2100...0x214F,
      0x2190...0x21FF, 0x2200...0x22FF, 0x2500...0x257F, 0x2580...0x259F, 0x25A0...0x25FC,
      0x2800...0x28FF, 0x2C60...0x2C7F:
      true
    default:
      false
    }
  }

  /// Whether `scalar` may share a grapheme cluster with its neighbours: a mark, a format
  /// character (joiners), or one of `mayJoinCluster`'s. Text without such scalars has one scalar
  /// per cluster (CR LF aside), so it can be scanned scalar by scalar.
  static func mayJoinCluster(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    // `isOneColumn`'s blocks (formulas' Greek, operators, arrows) are answered without looking
    // up a property.
    guard value >= 0x300 && !isOneColumn(value) else { return false }
    if mayJoinCluster(value) { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
    default: return false
    }
  }

  /// Whether `scalar` may share a grapheme cluster with the scalar after it, whatever that is: a
  /// prepended letter (Unicode's grapheme break property Prepend: format characters such as
  /// U+0600 and a few letters, all among `mayJoinCluster`'s). A mark joins the scalar before
  /// it, never the one after.
  static func mayJoinNext(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value >= 0x300 && !isOneColumn(value) else { return false }
    if mayJoinCluster(value) { return true }
    return scalar.properties.generalCategory == .format
  }

  /// Scalars that may join a grapheme cluster though their general category is not a mark or a
  /// format character: Hangul jamo, a few letters that are prepended or spacing marks, the
  /// halfwidth sound marks, and everything beyond the BMP (emoji, flags, tags).
  private static func mayJoinCluster(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF, 0x0D4E, 0x0E33, 0x0EB3, 0xFF9E...0xFF9F,
      0x11000...:
      true
    default:
      false
    }
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
