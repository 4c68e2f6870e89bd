import Base

/// Scanning UTF-8 bytes for ASCII syntax where the result must be what scanning characters
/// would give.
///
/// A byte scan and a character scan agree when every character of the text is a single
/// scalar, so no ASCII byte the scan looks for (a space, a quote, a colon) is part of a larger
/// character, and when the only white space is ASCII white space.
enum ByteScan {
  /// Whether `bytes` hold `byte`, found with C's `memchr` (a few bytes an instruction, where
  /// `bytes.contains(byte)`, the plain twin a test holds it to, takes a few instructions a
  /// byte).
  static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
    return memchr(base, Int32(byte), bytes.count) != nil
  }

  /// The index of the first `byte` in `bytes` at or after `start`, or `bytes.count`: found with
  /// `memchr`, as `contains`, the plain twin being `bytes[start...].firstIndex(of:)`.
  static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
    guard let found = memchr(base + start, Int32(byte), bytes.count - start) else {
      return bytes.count
    }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// Whether every byte of `bytes` is ASCII, checked eight bytes at a time (the plain twin, which
  /// a test holds it to, is `allSatisfy { $0 < 0x80 }`).
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var index = 0
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { return false }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] >= 0x80 { return false }
      index += 1
    }
    return true
  }

  /// Whether `byte` is white space as `Character.isWhitespace` defines it for ASCII: tab, line
  /// feed, vertical tab, form feed, carriage return and space.
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// `bytes` without leading and trailing white space.
  static func trimmed<C: BidirectionalCollection>(_ bytes: C) -> C.SubSequence
  where C.Element == UInt8 {
    guard let first = bytes.firstIndex(where: { !isWhitespace($0) }),
      let last = bytes.lastIndex(where: { !isWhitespace($0) })
    else { return bytes[bytes.endIndex...] }
    return bytes[first...last]
  }

  /// Whether byte scans of `bytes` (valid UTF-8) give what character scans give: every scalar
  /// is ASCII other than a carriage return (which pairs with a line feed), or one of
  /// `standsAlone`'s, or a combining diacritical mark (U+0300–U+036F, the `̂` of `v̂`) after a
  /// letter, a digit or another such scalar. So all white space is ASCII, and every ASCII
  /// byte that is not a letter or digit (the syntax a scan looks for) is a character alone.
  static func readsAsCharacters<C: Collection>(_ bytes: C) -> Bool
  where C.Element == UInt8, C.Index == Int {
    var index = bytes.startIndex
    // Whether a combining mark here would join a letter, a digit or a non-ASCII scalar.
    var markMayFollow = false
    while index < bytes.endIndex {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == UInt8(ascii: "\r") { return false }
        markMayFollow = isLetterOrDigit(lead)
        index += 1
        continue
      }
      // Two- and three-byte sequences; four-byte scalars (emoji, …) may join their neighbours.
      let value: UInt32
      if lead >= 0xC0 && lead < 0xE0 && index + 1 < bytes.endIndex {
        value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        index += 2
      } else if lead >= 0xE0 && lead < 0xF0 && index + 2 < bytes.endIndex {
        value =
          UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
          | UInt32(bytes[index + 2] & 0x3F)
        index += 3
      } else {
        return false
      }
      if isCombiningMark(value) {
        if !markMayFollow { return false }
      } else if !standsAlone(value) {
        return false
      }
      markMayFollow = true
    }
    return true
  }

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// Combining diacritical marks (U+0300–U+036F): each extends the character before it.
  static func isCombiningMark(_ value: UInt32) -> Bool {
    (0x300...0x36F).contains(value)
  }

  /// Scalars from blocks lessons use in prose and formulas whose every scalar is a letter,
  /// punctuation or a symbol: never white space, a mark, a joiner or a format character, so
  /// each is a character of its own next to any neighbour. Latin-1 signs and letters (`·`,
  /// `²`, `½`, `é`, not the no-break space U+00A0 or soft hyphen U+00AD), Latin Extended-A, -B
  /// and -C, Greek, phonetic letters and super- and subscripts (`ᵢ`, `ᵀ`, `₁`), dashes, quotes,
  /// `…`, `‰` to `⁞`, arrows, mathematical operators and box drawing. (Not `U+2028`–`U+202F`
  /// or `U+205F`, which are white space or format characters.)
  static func standsAlone(_ value: UInt32) -> Bool {
    switch value {
    case 0xA1...0xAC, 0xAE...0x24F, 0x370...0x3FF, 0x1D00...0x1DBF, 0x2010...0x2027,
      0x2030...0x205E, 0x2070...0x209F, 0x2190...0x22FF, 0x2500...0x257F, 0x2C60...0x2C7F:
      true
    default:
      false
    }
  }
}
