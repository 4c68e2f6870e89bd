import Base

/// Makes lesson text safe to print: no control character or escape sequence in a lesson ever
/// reaches the terminal raw.
///
/// A lesson could hide `ESC [ 2 J` (clear the screen) or an OSC sequence rewriting the window
/// title; a stray carriage return could overwrite a line. Each control character is shown as a
/// visible stand-in instead: C0 controls as Unicode control pictures (`␛` for escape, `␀`…`␟`),
/// DEL as `␡`, C1 controls and bidirectional overrides as `\u{…}` (they could reorder what
/// the reader sees).
enum VisibleText {
  /// `text` with every control character replaced by a visible stand-in; a tab becomes a space.
  static func escaping(_ text: String) -> String {
    guard containsControl(text) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        result += visible(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether `text` holds a character to replace, found by a scan of its UTF-8 bytes: a byte
  /// below `0x20`, `0x7F`, or the bytes of U+0080–U+009F (`C2 80`–`C2 9F`), U+202A–U+202E
  /// (`E2 80 AA`–`E2 80 AE`) or U+2066–U+2069 (`E2 81 A6`–`E2 81 A9`).
  ///
  /// The fast twin of `containsControlByScalar`, which a test holds it equal to: prose is
  /// full of `—` and `’`, whose lead byte `E2` alone would send every span to a scalar scan.
  /// Eight bytes at a time are skipped when they are all printable ASCII (`isPlainASCII`).
  static func containsControl(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      // The end of the bytes being looked at one by one.
      var checkedEnd = 0
      while index < bytes.count {
        if index >= checkedEnd {
          if index + 8 <= bytes.count,
            isPlainASCII(
              UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
          {
            index += 8
            continue
          }
          checkedEnd = index + 8
        }
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x7F { return true }
        if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
          return true
        }
        if byte == 0xE2, index + 2 < bytes.count {
          let (second, third) = (bytes[index + 1], bytes[index + 2])
          if second == 0x80 && (0xAA...0xAE).contains(third) { return true }
          if second == 0x81 && (0xA6...0xA9).contains(third) { return true }
        }
        index += 1
      }
      return false
    }
  }

  /// Whether the eight bytes of `word` are all printable ASCII (`0x20`–`0x7E`); it may say
  /// false of some that are, never true of any that are not.
  ///
  /// No byte has its high bit; none is below `0x20` (`word − 0x20…` borrows into the high
  /// bit of such a byte, or of a byte above it, only if some byte is below `0x20`); and none
  /// is `0x7F` (`word + 0x01…` carries into the high bit only at a `0x7F`).
  static func isPlainASCII(_ word: UInt64) -> Bool {
    let high: UInt64 = 0x8080_8080_8080_8080
    let below20 = (word &- 0x2020_2020_2020_2020) & ~word & high
    let is7F = (word &+ 0x0101_0101_0101_0101) & high
    return (word & high) | below20 | is7F == 0
  }

  /// Whether `text` holds a character to replace, scalar by scalar: the plain definition.
  static func containsControlByScalar(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: isControl)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  private static func visible(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x09, 0x0A: " "
    case 0x1B: "␛"
    case 0x00..<0x20: String(Character(Unicode.Scalar(0x2400 + scalar.value) ?? "?"))
    case 0x7F: "␡"
    case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
      "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    default: String(scalar)
    }
  }

  /// A URL safe inside an OSC 8 sequence: printable ASCII only, anything else percent-encoded.
  static func urlForHyperlink(_ url: String) -> String {
    var result = ""
    for byte in url.utf8 {
      if byte > 0x20 && byte < 0x7F {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        result += "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return result
  }
}

extension String {
  /// Whether the UTF-8 form of the string holds `byte`: C's `memchr` over its contiguous
  /// storage (a few bytes an instruction), or the UTF-8 view's iterator, the plain twin a test
  /// holds it to.
  func containsUTF8(_ byte: UInt8) -> Bool {
    utf8.withContiguousStorageIfAvailable { bytes in
      guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
      return memchr(base, Int32(byte), bytes.count) != nil
    } ?? utf8.contains(byte)
  }
}
