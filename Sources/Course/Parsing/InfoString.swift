/// A fence's info string: `KIND [ARGUMENT] [key=value …]`.
struct InfoString: Equatable {
  var kind = ""
  var argument: String?
  var attributes: [Directive.Attribute] = []
  var malformed: [String] = []

  /// Reads `info`. Text that `ByteScan.readsAsCharacters` (the usual case) is read byte by
  /// byte (`init(readingAsCharacters:)`); other text character by character
  /// (`init(byCharacter:)`, the plain twin a test holds equal).
  init(_ info: String) {
    var text = info
    let fast = text.withUTF8 { bytes in
      // ASCII without a carriage return reads as characters, and is told eight bytes at a time.
      let asciiWithoutCR =
        ByteScan.isASCII(bytes) && !ByteScan.contains(UInt8(ascii: "\r"), in: bytes)
      return asciiWithoutCR || ByteScan.readsAsCharacters(bytes)
        ? InfoString(readingAsCharacters: bytes) : nil
    }
    self = fast ?? InfoString(byCharacter: info)
  }

  /// `init(words:)` on the words of `info`, found and taken apart as byte ranges: only the
  /// kind, the argument, the attributes' keys and values and malformed words become strings.
  /// `info` must read as characters (`ByteScan.readsAsCharacters`), and so must each word, as
  /// each starts after white space or at the start: every test on a byte is then the same test
  /// on a character.
  private init(readingAsCharacters info: UnsafeBufferPointer<UInt8>) {
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: info[range]), as: UTF8.self)
    }
    // Each word is read as it is found: an array of their ranges would be one more type for
    // the runtime to make (some 180,000 instructions, most of them finding that `Range` is a
    // collection).
    var isFirst = true
    func read(_ word: Range<Int>) {
      if isFirst {
        isFirst = false
        let kindEnd =
          info[word].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "{") }
          ?? word.upperBound
        let kindBytes = info[word.lowerBound..<kindEnd]
        if !kindBytes.contains(where: { $0 >= 0x80 || (0x41...0x5A).contains($0) }) {
          // Lower-case ASCII already, the usual kind.
          kind = text(word.lowerBound..<kindEnd)
        } else if kindBytes.allSatisfy({ $0 < 0x80 }) {
          // ASCII lower-cased byte by byte, as `lowercased()` does it.
          let lowered = kindBytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
          kind = String(decoding: lowered, as: UTF8.self)
        } else {
          kind = text(word.lowerBound..<kindEnd).lowercased()
        }
        return
      }
      guard let equals = info[word].firstIndex(of: UInt8(ascii: "=")) else {
        if argument == nil && attributes.isEmpty {
          argument = text(word)
        } else {
          malformed.append(text(word))
        }
        return
      }
      var value = equals + 1..<word.upperBound
      if value.first.map({ info[$0] == UInt8(ascii: "\"") }) ?? false {
        guard value.count >= 2, info[value.upperBound - 1] == UInt8(ascii: "\"") else {
          malformed.append(text(word))
          return
        }
        value = value.lowerBound + 1..<value.upperBound - 1
      }
      if equals == word.lowerBound {
        malformed.append(text(word))
        return
      }
      attributes.append(
        Directive.Attribute(key: text(word.lowerBound..<equals), value: text(value)))
    }
    var start = 0
    var quoted = false
    for index in 0..<info.count {
      let byte = info[index]
      if byte == UInt8(ascii: "\"") {
        quoted.toggle()
      } else if ByteScan.isWhitespace(byte) && !quoted {
        if start < index { read(start..<index) }
        start = index + 1
      }
    }
    if start < info.count { read(start..<info.count) }
  }

  /// `init(_:)`, character by character.
  init(byCharacter info: String) {
    var words: [String] = []
    var current = ""
    var quoted = false
    for character in info {
      if character == "\"" {
        quoted.toggle()
        current.append(character)
      } else if character.isWhitespace && !quoted {
        if !current.isEmpty {
          words.append(current)
          current = ""
        }
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { words.append(current) }
    self.init(words: words)
  }

  /// The info string made of `words` (split at white space outside quotes).
  private init(words: [String]) {
    guard let first = words.first else { return }
    // `swift,ignore` and `{.swift}` style info strings: keep the leading word.
    kind = String(first.prefix { $0 != "," && $0 != "{" }).lowercased()
    for word in words.dropFirst() {
      // A word that `ByteScan.readsAsCharacters` (the usual case) is split at its `=` byte and
      // counted in bytes; others character by character.
      let readsAsCharacters =
        word.utf8.withContiguousStorageIfAvailable(ByteScan.readsAsCharacters) ?? false
      if let (key, rawValue) = readsAsCharacters
        ? Self.splitAtEqualsByByte(word) : Self.splitAtEquals(word)
      {
        var value = rawValue
        if value.hasPrefix("\"") {
          let characters = readsAsCharacters ? value.utf8.count : value.count
          guard characters >= 2, value.hasSuffix("\"") else {
            malformed.append(word)
            continue
          }
          // The value inside its quotes (as `dropFirst().dropLast()`, which counts the whole
          // value to find its end).
          value = String(
            value[value.index(after: value.startIndex)..<value.index(before: value.endIndex)])
        }
        if key.isEmpty {
          malformed.append(word)
          continue
        }
        attributes.append(Directive.Attribute(key: key, value: value))
      } else if argument == nil && attributes.isEmpty {
        argument = word
      } else {
        malformed.append(word)
      }
    }
  }
}

extension InfoString {
  /// `word` split at its first `=`, character by character.
  static func splitAtEquals(_ word: String) -> (key: String, value: String)? {
    guard let equals = word.firstIndex(of: "=") else { return nil }
    return (String(word[..<equals]), String(word[word.index(after: equals)...]))
  }

  /// `splitAtEquals` for a word whose bytes read as characters: its `=` byte found instead.
  static func splitAtEqualsByByte(_ word: String) -> (key: String, value: String)? {
    let bytes = word.utf8
    guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { return nil }
    return (
      String(Substring(bytes[..<equals])), String(Substring(bytes[bytes.index(after: equals)...]))
    )
  }
}
