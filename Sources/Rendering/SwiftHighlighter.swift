/// Splits Swift source into tokens a terminal can colour: keywords, types, strings, numbers,
/// comments, attributes and everything else.
///
/// A small hand-written lexer, not a parser: it knows Swift's lexical rules (nested block
/// comments, multi-line and raw strings, string interpolation, numeric literals with `_`,
/// hex and exponents) well enough to colour lesson code, and never fails: anything it does not
/// recognise is `.plain`. Types are identifiers starting with a capital letter, the convention
/// the Swift API Design Guidelines ask for. The HTML export colours the same tokens.
public enum SwiftHighlighter {
  public enum Kind: Hashable, Sendable {
    case keyword, type, string, number, comment, attribute, plain
  }

  public struct Token: Hashable, Sendable {
    public var kind: Kind
    public var text: String
  }

  /// Swift's keywords, as `tokensByCharacter`, the plain lexer, looks them up.
  static let keywords = Set(keywordList)

  static let keywordList: [String] = [
    "actor", "any", "as", "associatedtype", "async", "await", "borrowing", "break", "case",
    "catch", "class", "consuming", "continue", "default", "defer", "deinit", "do", "else",
    "enum", "extension", "fallthrough", "false", "fileprivate", "final", "for", "func", "guard",
    "if", "import", "in", "indirect", "init", "inout", "internal", "is", "let", "lazy", "mutating",
    "nil", "nonisolated", "open", "operator", "override", "private", "protocol", "public",
    "repeat", "rethrows", "return", "self", "Self", "some", "static", "struct", "subscript",
    "super", "switch", "throw", "throws", "true", "try", "typealias", "var", "weak", "where",
    "while", "sending",
  ]

  /// A word of at most 16 bytes as two numbers: its first eight bytes and the rest, in order,
  /// zero after its end. Words of up to 16 bytes are equal when their keys are (no byte of
  /// Swift source is zero), and keys sort as pairs of numbers.
  struct WordKey: Comparable {
    var head: UInt64
    var tail: UInt64

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard bytes.count <= 16 else { return nil }
      (head, tail) = (0, 0)
      for (index, byte) in bytes.enumerated() {
        if index < 8 {
          head |= UInt64(byte) << (56 - 8 * index)
        } else {
          tail |= UInt64(byte) << (56 - 8 * (index - 8))
        }
      }
    }

    static func < (lhs: WordKey, rhs: WordKey) -> Bool {
      (lhs.head, lhs.tail) < (rhs.head, rhs.tail)
    }
  }

  /// The keys of `keywordList`, sorted.
  static let keywordKeys: [WordKey] = keywordList.map { keyword in
    var keyword = keyword
    return keyword.withUTF8 { WordKey($0)! }
  }.sorted()

  /// Whether `word` is a keyword: `keywords.contains(String(decoding: word, as: UTF8.self))`,
  /// its plain twin, which a test holds it to, found by a binary search of `keywordKeys`
  /// without making a string or hashing one (some five hundred instructions a word).
  static func isKeyword(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let key = WordKey(word) else { return false }
    var (low, high) = (0, keywordKeys.count)
    while low < high {
      let middle = (low + high) / 2
      if keywordKeys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < keywordKeys.count && keywordKeys[low] == key
  }

  /// The tokens of `source`, in order; their texts concatenate back to `source`.
  ///
  /// The fast path of `tokensByCharacter`, its plain twin: the lexer looks for ASCII syntax,
  /// so it compares codes (`codes[k]`: the ASCII value of character `k` when it is a single
  /// ASCII scalar, else 0) and asks `Character` only about the rest, as `TeXParser` does; and
  /// each token's text is cut from the source's UTF-8 bytes, not built character by character.
  public static func tokens(_ source: String) -> [Token] {
    let lexed = tokenRanges(source)
    return lexed.ranges.map { token in
      Token(kind: token.kind, text: String(decoding: lexed.utf8[token.bytes], as: UTF8.self))
    }
  }

  /// A token as the lexer finds it: its kind and where its text lies in the source's bytes.
  /// (A struct, not a tuple: the runtime builds the metadata of an array of tuples at first
  /// use, some 180,000 instructions.)
  struct TokenRange {
    var kind: Kind
    var bytes: Range<Int>
  }

  /// Whether a character that starts with the scalar `value` ends with it, the scalar after
  /// it starting at `next` in `bytes` (or `next` being the end): a shortcut past grapheme
  /// segmentation (`String.index(after:)`, a thousand instructions), which must agree with it.
  ///
  /// Nothing joins a scalar that is not CR (CR LF is one character) nor may join the scalar
  /// after it (`DisplayWidth.mayJoinNext`: prepended letters, Hangul jamo, regional
  /// indicators, joiners) to a scalar after it that may not join a cluster
  /// (`DisplayWidth.mayJoinCluster`: marks, joiners, Hangul jamo, emoji modifiers, …). Plain
  /// ASCII before ASCII, and `—` or `σ` between spaces, end where they stand.
  /// The bytes of the scalar at `offset` when it is a character of its own by
  /// `endsCharacter`, else nil.
  static func characterLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let (value, length) = bytes.scalarValue(at: offset)
    return endsCharacter(value, before: bytes, at: offset + length) ? length : nil
  }

  static func endsCharacter(
    _ value: UInt32, before bytes: UnsafeBufferPointer<UInt8>, at next: Int
  ) -> Bool {
    guard value != 0x0D, let scalar = Unicode.Scalar(value), !DisplayWidth.mayJoinNext(scalar)
    else { return false }
    guard next < bytes.count else { return true }
    let following = bytes.scalarValue(at: next).value
    if following < 0x80 { return true }
    guard let after = Unicode.Scalar(following) else { return false }
    return !DisplayWidth.mayJoinCluster(after)
  }

  /// `tokens(source)` as the kinds and byte ranges of the tokens in `utf8`, the source's UTF-8
  /// bytes: the lexer itself, which cuts no text (`highlightedLines` cuts lines, not tokens).
  static func tokenRanges(_ source: String) -> (utf8: [UInt8], ranges: [TokenRange]) {
    let utf8 = Array(source.utf8)
    // ASCII without a carriage return (so no CR LF pair) is one character per byte.
    let isASCII = utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
    // Where each character starts in `utf8`, then the end, when characters are not bytes.
    var starts: [Int] = []
    if !isASCII {
      starts.reserveCapacity(utf8.count + 1)
      let view = source.utf8
      var offset = 0
      while offset < utf8.count {
        starts.append(offset)
        let byte = utf8[offset]
        // An ASCII byte before another ASCII byte (not CR before LF) or at the end is a
        // character of its own.
        if byte < 0x80,
          offset + 1 == utf8.count
            || (utf8[offset + 1] < 0x80
              && !(byte == UInt8(ascii: "\r") && utf8[offset + 1] == UInt8(ascii: "\n")))
        {
          offset += 1
          continue
        }
        // So is any scalar nothing can join (`endsCharacter`).
        if let length = utf8.withUnsafeBufferPointer({ Self.characterLength(at: offset, in: $0) }) {
          offset += length
          continue
        }
        // Elsewhere, ask the string where the character ends.
        let index = view.index(view.startIndex, offsetBy: offset)
        offset = view.distance(from: view.startIndex, to: source.index(after: index))
      }
      starts.append(utf8.count)
    }
    // A character of one byte is a single ASCII scalar; a longer one has code 0.
    let codes: [UInt8] =
      isASCII
      ? utf8
      : (0..<(starts.count - 1)).map { k in
        starts[k + 1] - starts[k] == 1 ? utf8[starts[k]] : 0
      }
    let count = codes.count
    func character(_ k: Int) -> Character {
      isASCII
        ? Character(Unicode.Scalar(codes[k]))
        : Character(String(decoding: utf8[starts[k]..<starts[k + 1]], as: UTF8.self))
    }
    func text(_ range: Range<Int>) -> String {
      let bytes = isASCII ? range : starts[range.lowerBound]..<starts[range.upperBound]
      return String(decoding: utf8[bytes], as: UTF8.self)
    }
    /// Whether the characters `range` are a keyword (`isKeyword(_:)` on their bytes).
    func isKeyword(_ range: Range<Int>) -> Bool {
      let bytes = isASCII ? range : starts[range.lowerBound]..<starts[range.upperBound]
      return utf8.withUnsafeBufferPointer {
        Self.isKeyword(UnsafeBufferPointer(rebasing: $0[bytes]))
      }
    }
    /// Whether character `k` exists and is the ASCII character `ascii`.
    func isCode(_ k: Int, _ ascii: Unicode.Scalar) -> Bool {
      k < count && codes[k] == UInt8(ascii: ascii)
    }
    /// Whether character `k` is a letter, digit or `_`.
    func isIdentifierCharacter(_ k: Int) -> Bool {
      let code = codes[k]
      guard code == 0 else { return Self.isIdentifierByte(code) }
      let c = character(k)
      return c.isLetter || c.isNumber
    }
    func isHexDigit(_ k: Int) -> Bool {
      let code = codes[k]
      guard code == 0 else {
        return (0x30...0x39).contains(code) || (0x41...0x46).contains(code)
          || (0x61...0x66).contains(code)
      }
      return character(k).isHexDigit
    }
    func isNumber(_ k: Int) -> Bool {
      codes[k] == 0 ? character(k).isNumber : (0x30...0x39).contains(codes[k])
    }
    func isUppercase(_ k: Int) -> Bool {
      codes[k] == 0 ? character(k).isUppercase : (0x41...0x5A).contains(codes[k])
    }
    var tokens: [TokenRange] = []
    var i = 0
    while i < count {
      // The kind and end of the token at `i`, as each branch finds them. (Set here and
      // recorded below, not by a local function: one that captured `tokens` and `i` would
      // check exclusive access to them at run time on every call.)
      var tokenKind = Kind.plain
      var tokenEnd = i + 1
      if startsNoToken(codes[i]) {
        // Spaces and punctuation: a run of them is one plain token, as the branches below
        // would make it one character at a time (plain tokens are joined).
        var end = i + 1
        while end < count && startsNoToken(codes[end]) { end += 1 }
        tokenEnd = end
      } else if isCode(i, "/") && isCode(i + 1, "/") {
        var end = i
        while end < count && !isCode(end, "\n") { end += 1 }
        (tokenKind, tokenEnd) = (.comment, end)
      } else if isCode(i, "/") && isCode(i + 1, "*") {
        var end = i + 2
        var level = 1
        while end < count && level > 0 {
          if isCode(end, "/") && isCode(end + 1, "*") {
            level += 1
            end += 2
          } else if isCode(end, "*") && isCode(end + 1, "/") {
            level -= 1
            end += 2
          } else {
            end += 1
          }
        }
        (tokenKind, tokenEnd) = (.comment, end)
      } else if isCode(i, "\"") || (isCode(i, "#") && isCode(i + 1, "\"")) {
        (tokenKind, tokenEnd) = (.string, stringEnd(codes, from: i))
      } else if (0x30...0x39).contains(codes[i]) {
        var end = i + 1
        while end < count {
          if isHexDigit(end) || isCode(end, "_") || isCode(end, "x") || isCode(end, "o")
            || isCode(end, "b") || isCode(end, "p")
          {
            end += 1
          } else if isCode(end, ".") && end + 1 < count && isNumber(end + 1) {
            end += 1
          } else if (isCode(end, "-") || isCode(end, "+"))
            && (isCode(end - 1, "e") || isCode(end - 1, "p"))
          {
            end += 1
          } else {
            break
          }
        }
        (tokenKind, tokenEnd) = (.number, end)
      } else if isCode(i, "@") || (isCode(i, "#") && i + 1 < count && isIdentifierCharacter(i + 1))
      {
        var end = i + 1
        while end < count && isIdentifierCharacter(end) { end += 1 }
        (tokenKind, tokenEnd) = (isCode(i, "@") ? .attribute : .keyword, end)
      } else if isCode(i, "`") || (isIdentifierCharacter(i) && !isNumber(i)) {
        let isQuoted = isCode(i, "`")
        var end = i + 1
        while end < count && (isIdentifierCharacter(end) || (isQuoted && isCode(end, "`"))) {
          end += 1
        }
        // Every keyword is ASCII, at most 14 letters, and starts with a lower-case letter but
        // `Self`: only such words are looked up.
        let mayBeKeyword =
          end - i <= 14 && ((0x61...0x7A).contains(codes[i]) || codes[i] == UInt8(ascii: "S"))
        if mayBeKeyword && isKeyword(i..<end) && !(i > 0 && isCode(i - 1, ".")) {
          (tokenKind, tokenEnd) = (.keyword, end)
        } else if isUppercase(i) {
          (tokenKind, tokenEnd) = (.type, end)
        } else {
          (tokenKind, tokenEnd) = (.plain, end)
        }
      } else {
        (tokenKind, tokenEnd) = (.plain, i + 1)
      }
      let bytes = isASCII ? i..<tokenEnd : starts[i]..<starts[tokenEnd]
      if tokenKind == .plain, let last = tokens.last, last.kind == .plain {
        tokens[tokens.count - 1].bytes = last.bytes.lowerBound..<bytes.upperBound
      } else {
        tokens.append(TokenRange(kind: tokenKind, bytes: bytes))
      }
      i = tokenEnd
    }
    return (utf8, tokens)
  }

  /// Whether a character with code `code` (see `tokens`) is plain whatever follows it: not
  /// a character that can start a comment, string, number, attribute, directive or word
  /// (`/ " # @` and backquote, digits, letters, `_`, and any character that is not ASCII).
  private static func startsNoToken(_ code: UInt8) -> Bool {
    switch code {
    case 0, 0x22, 0x23, 0x2F, 0x30...0x39, 0x40...0x5A, 0x5F, 0x60...0x7A: false
    default: true
    }
  }

  /// An ASCII letter, digit or `_`.
  private static func isIdentifierByte(_ ascii: UInt8) -> Bool {
    (0x30...0x39).contains(ascii) || (0x41...0x5A).contains(ascii)
      || (0x61...0x7A).contains(ascii) || ascii == 0x5F
  }

  /// The index after the string literal starting at `start` (`"…"`, `"""…"""`, `#"…"#`), in
  /// character codes (see `tokens`).
  private static func stringEnd(_ codes: [UInt8], from start: Int) -> Int {
    let quote = UInt8(ascii: "\"")
    let hash = UInt8(ascii: "#")
    var i = start
    var hashes = 0
    while i < codes.count && codes[i] == hash {
      hashes += 1
      i += 1
    }
    let isMultiline =
      i + 2 < codes.count && codes[i] == quote && codes[i + 1] == quote && codes[i + 2] == quote
    i += isMultiline ? 3 : 1
    let close =
      (isMultiline ? [quote, quote, quote] : [quote]) + Array(repeating: hash, count: hashes)
    while i < codes.count {
      if codes[i] == UInt8(ascii: "\\") && hashes == 0 {
        i += 2
        continue
      }
      if codes[i] == UInt8(ascii: "\n") && !isMultiline { return i }
      if codes[i] == close[0] && i + close.count <= codes.count
        && codes[i..<(i + close.count)].elementsEqual(close)
      {
        return i + close.count
      }
      i += 1
    }
    return codes.count
  }

  /// `tokens(_:)`, character by character: the plain twin a test holds the fast lexer to.
  static func tokensByCharacter(_ source: String) -> [Token] {
    let chars = Array(source)
    var tokens: [Token] = []
    var i = 0
    func emit(_ kind: Kind, _ end: Int) {
      let text = String(chars[i..<end])
      if let last = tokens.last, last.kind == kind, kind == .plain {
        tokens[tokens.count - 1].text += text
      } else {
        tokens.append(Token(kind: kind, text: text))
      }
      i = end
    }
    while i < chars.count {
      let c = chars[i]
      let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
      if c == "/" && next == "/" {
        var end = i
        while end < chars.count && chars[end] != "\n" { end += 1 }
        emit(.comment, end)
      } else if c == "/" && next == "*" {
        var end = i + 2
        var level = 1
        while end < chars.count && level > 0 {
          if chars[end] == "/" && end + 1 < chars.count && chars[end + 1] == "*" {
            level += 1
            end += 2
          } else if chars[end] == "*" && end + 1 < chars.count && chars[end + 1] == "/" {
            level -= 1
            end += 2
          } else {
            end += 1
          }
        }
        emit(.comment, end)
      } else if c == "\"" || (c == "#" && next == "\"") {
        emit(.string, stringEnd(chars, from: i))
      } else if let ascii = c.asciiValue, (0x30...0x39).contains(ascii) {
        var end = i + 1
        while end < chars.count {
          let d = chars[end]
          if d.isHexDigit || d == "_" || d == "x" || d == "o" || d == "b" || d == "p" {
            end += 1
          } else if d == "." && end + 1 < chars.count && chars[end + 1].isNumber {
            end += 1
          } else if (d == "-" || d == "+") && (chars[end - 1] == "e" || chars[end - 1] == "p") {
            end += 1
          } else {
            break
          }
        }
        emit(.number, end)
      } else if c == "@" || (c == "#" && (next.map(isIdentifierCharacter) ?? false)) {
        var end = i + 1
        while end < chars.count && isIdentifierCharacter(chars[end]) { end += 1 }
        emit(c == "@" ? .attribute : .keyword, end)
      } else if c == "`" || (isIdentifierCharacter(c) && !c.isNumber) {
        var end = i + 1
        while end < chars.count
          && (isIdentifierCharacter(chars[end]) || (c == "`" && chars[end] == "`"))
        {
          end += 1
        }
        let word = String(chars[i..<end])
        let previous = i > 0 ? chars[i - 1] : " "
        if keywords.contains(word) && previous != "." {
          emit(.keyword, end)
        } else if c.isUppercase {
          emit(.type, end)
        } else {
          emit(.plain, end)
        }
      } else {
        emit(.plain, i + 1)
      }
    }
    return tokens
  }

  /// A letter, digit or `_`; checked byte-wise for ASCII, the common case.
  private static func isIdentifierCharacter(_ character: Character) -> Bool {
    if let ascii = character.asciiValue {
      return (0x30...0x39).contains(ascii) || (0x41...0x5A).contains(ascii)
        || (0x61...0x7A).contains(ascii) || ascii == 0x5F
    }
    return character.isLetter || character.isNumber
  }

  /// The index after the string literal starting at `start` (`"…"`, `"""…"""`, `#"…"#`).
  private static func stringEnd(_ chars: [Character], from start: Int) -> Int {
    var i = start
    var hashes = 0
    while i < chars.count && chars[i] == "#" {
      hashes += 1
      i += 1
    }
    let isMultiline =
      i + 2 < chars.count && chars[i] == "\"" && chars[i + 1] == "\"" && chars[i + 2] == "\""
    i += isMultiline ? 3 : 1
    let closing = (isMultiline ? "\"\"\"" : "\"") + String(repeated: "#", count: hashes)
    let close = Array(closing)
    while i < chars.count {
      if chars[i] == "\\" && hashes == 0 {
        i += 2
        continue
      }
      if chars[i] == "\n" && !isMultiline { return i }
      if chars[i] == close[0] && i + close.count <= chars.count
        && Array(chars[i..<(i + close.count)]) == close
      {
        return i + close.count
      }
      i += 1
    }
    return chars.count
  }

  /// The terminal style of a token kind.
  static func style(of kind: Kind) -> TextStyle {
    switch kind {
    case .keyword: TextStyle(bold: true, color: .magenta)
    case .type: TextStyle(color: .cyan)
    case .string: TextStyle(color: .red)
    case .number: TextStyle(color: .yellow)
    case .comment: TextStyle(italic: true, color: .gray)
    case .attribute: TextStyle(color: .green)
    case .plain: .plain
    }
  }

  /// `text` split at its line feeds. Without a carriage return every line-feed byte is a
  /// `"\n"` character of its own, so the split is done on bytes; with one, on characters, where
  /// CR LF is a single character that does not end a line here.
  private static func splitLines(_ text: String) -> [Substring] {
    // Most tokens hold no line feed: nothing to split.
    guard text.containsUTF8(UInt8(ascii: "\n")) else { return [Substring(text)] }
    guard !text.containsUTF8(UInt8(ascii: "\r")) else {
      return text.split(separator: "\n", omittingEmptySubsequences: false)
    }
    // The line feeds' offsets, found in the contiguous bytes, then cut out as substrings (an
    // offset into a native string's UTF-8 is an index at once).
    var text = text
    let feeds = text.withUTF8 { bytes in
      bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
    }
    let utf8 = text.utf8
    var lines: [Substring] = []
    lines.reserveCapacity(feeds.count + 1)
    var start = utf8.startIndex
    for offset in feeds {
      let feed = utf8.index(utf8.startIndex, offsetBy: offset)
      lines.append(text[start..<feed])
      start = utf8.index(after: feed)
    }
    lines.append(text[start...])
    return lines
  }

  /// `source` as styled lines (one per source line), tabs expanded to 4-column stops.
  ///
  /// The fast twin of `highlightedLinesByToken`, which a test holds it equal to: the tokens
  /// stay byte ranges of the source, cut at line feeds, and a piece of printable ASCII, the
  /// common case, becomes a span as it is, one column a byte, without the escaping and
  /// measuring a `Span` of arbitrary text needs. Source with a carriage return or a tab takes
  /// the plain path.
  static func highlightedLines(_ source: String, language: String) -> [[Span]] {
    guard !source.containsUTF8(UInt8(ascii: "\r")) && !source.containsUTF8(UInt8(ascii: "\t"))
    else { return highlightedLinesByToken(source, language: language) }
    let (utf8, ranges) =
      language == "swift"
      ? tokenRanges(source)
      : (Array(source.utf8), [TokenRange(kind: .plain, bytes: 0..<source.utf8.count)])
    return utf8.withUnsafeBufferPointer { bytes in
      var lines: [[Span]] = []
      var line: [Span] = []
      func add(_ range: Range<Int>, _ style: TextStyle) {
        guard !range.isEmpty else { return }
        let piece = UnsafeBufferPointer(rebasing: bytes[range])
        let text = String(decoding: piece, as: UTF8.self)
        if piece.isPrintableASCII {
          line.append(Span(safe: text, style, width: piece.count))
        } else {
          line.append(Span(text, style))
        }
      }
      for token in ranges {
        let style = style(of: token.kind)
        let range = token.bytes
        var start = range.lowerBound
        for index in range where bytes[index] == UInt8(ascii: "\n") {
          add(start..<index, style)
          lines.append(line)
          line.removeAll(keepingCapacity: true)
          start = index + 1
        }
        add(start..<range.upperBound, style)
      }
      lines.append(line)
      return lines
    }
  }

  /// `highlightedLines`, token by token: the plain definition.
  static func highlightedLinesByToken(_ source: String, language: String) -> [[Span]] {
    let tokens: [Token] =
      language == "swift" ? Self.tokens(source) : [Token(kind: .plain, text: source)]
    var lines: [[Span]] = [[]]
    var column = 0
    for token in tokens {
      let style = style(of: token.kind)
      var pieces = splitLines(token.text).makeIterator()
      var first = true
      while let piece = pieces.next() {
        if !first {
          lines.append([])
          column = 0
        }
        first = false
        guard !piece.isEmpty else { continue }
        var text = String(piece)
        if text.containsUTF8(UInt8(ascii: "\t")) {
          var expanded = ""
          for character in text {
            if character == "\t" {
              let spaces = 4 - (column + DisplayWidth.of(expanded)) % 4
              expanded += String(repeated: " ", count: spaces)
            } else {
              expanded.append(character)
            }
          }
          text = expanded
        }
        let span = Span(text, style)
        column += span.width
        lines[lines.count - 1].append(span)
      }
    }
    return lines
  }
}
