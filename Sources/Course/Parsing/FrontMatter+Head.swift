extension FrontMatter {
  /// The front matter of the lesson file `bytes`, decoding only the lines up to the block's end
  /// rather than the whole lesson: what `LessonIndex` needs from every file to find one.
  ///
  /// The fields are those `FrontMatter(String(decoding: bytes, as: UTF8.self))` finds; only
  /// `body` is left empty. The head ends after the first later line that is `---` between
  /// spaces or tabs and begins after a bare `\n` (a `\r\n` is one character to Swift, which
  /// the full parse does not split at); that line also closes the block for the full parse,
  /// which may close it earlier (at a `---` padded with other Unicode spaces), never later.
  /// Without such a line the whole file is decoded.
  static func fields(ofHead bytes: [UInt8]) -> FrontMatter {
    guard bytes.starts(with: [0x2D, 0x2D, 0x2D]) else { return FrontMatter("") }
    var head = FrontMatter(
      String(decoding: bytes[..<(headLength(bytes) ?? bytes.count)], as: UTF8.self))
    head.body = ""
    return head
  }

  /// The length of the head `fields(ofHead:)` decodes: up to and with the newline of the first
  /// later line that is `---` between spaces or tabs and begins after a bare `\n`; nil when
  /// `bytes` do not open with `---` or hold no such line.
  static func headLength(_ bytes: [UInt8]) -> Int? {
    guard bytes.starts(with: [0x2D, 0x2D, 0x2D]) else { return nil }
    var lineStart = 0
    var lineNumber = 0
    func nextNewline() -> Int? {
      let index = bytes.withUnsafeBufferPointer {
        ByteScan.index(of: 0x0A, in: $0, from: lineStart)
      }
      return index < bytes.count ? index : nil
    }
    while let newline = nextNewline() {
      let afterBareNewline = lineStart >= 2 && bytes[lineStart - 2] != 0x0D
      if lineNumber > 0 && afterBareNewline && isDashes(bytes[lineStart..<newline]) {
        return newline + 1
      }
      lineStart = newline + 1
      lineNumber += 1
    }
    return nil
  }

  /// Whether `line` is `---` padded with spaces or tabs.
  private static func isDashes(_ line: ArraySlice<UInt8>) -> Bool {
    func isPadding(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    guard let first = line.firstIndex(where: { !isPadding($0) }),
      let last = line.lastIndex(where: { !isPadding($0) })
    else { return false }
    return line[first...last].elementsEqual([0x2D, 0x2D, 0x2D])
  }
}

extension FrontMatter {
  /// The front matter of the lesson `bytes` and the body cmark reads, decoding only the head: the
  /// front matter and body `FrontMatter(String(decoding: bytes, as: UTF8.self))` gives, the
  /// plain twin a test holds this to. The returned front matter's `body` is left empty.
  ///
  /// `bytes` are valid UTF-8 without CR LF pairs. The head, up to ``headLength(_:)``, holds the
  /// line that closes the block, so its blank lines and the rest of the head, then the bytes
  /// after it, are the body; a lesson of megabytes is not made into a string to find its head.
  static func split(_ bytes: [UInt8]) -> (frontMatter: FrontMatter, body: [UInt8]) {
    guard bytes.starts(with: [0x2D, 0x2D, 0x2D]) else { return (FrontMatter(""), bytes) }
    if let (frontMatter, closing, bodyStart) = bytes.withUnsafeBufferPointer(readingUsualHead) {
      var body = [UInt8](repeating: UInt8(ascii: "\n"), count: closing + 1)
      body.append(contentsOf: bytes[bodyStart...])
      return (frontMatter, body)
    }
    guard let headLength = headLength(bytes) else {
      var whole = FrontMatter(String(decoding: bytes, as: UTF8.self))
      let body = Array(whole.body.utf8)
      whole.body = ""
      return (whole, body)
    }
    var head = FrontMatter(String(decoding: bytes[..<headLength], as: UTF8.self))
    var body = bytes
    if head.isPresent {
      body = Array(head.body.utf8)
      body.append(contentsOf: bytes[headLength...])
    }
    head.body = ""
    return (head, body)
  }
}

extension FrontMatter {
  /// The front matter of a lesson that starts with `bytes`, read on bytes when its head is the
  /// usual kind, with the index of its closing line and where the body after it starts; nil
  /// for any other head, which `FrontMatter(_:)`, the plain twin a test holds this to, reads.
  ///
  /// Usual, as for `LessonHead.asciiFields`: up to the closing `---` line, each line holds
  /// printable ASCII and tabs, and UTF-8 only inside values; where `FrontMatter` looks at a
  /// character (the ends of a trimmed line, of a key or of a value, a `#`, the `:` and the
  /// character after it, a quote) the byte is ASCII, and there one byte is one character
  /// and only spaces and tabs are white space. Making a string of the head and reading it
  /// character by character costs some 100,000 instructions a lesson.
  static func readingUsualHead(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    frontMatter: FrontMatter, closing: Int, bodyStart: Int
  )? {
    func isASCII(_ index: Int, in range: Range<Int>) -> Bool {
      index >= range.upperBound || bytes[index] < 0x80
    }
    func trimmed(_ range: Range<Int>) -> Range<Int> {
      var lower = range.lowerBound
      var upper = range.upperBound
      while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
      while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
      return lower..<upper
    }
    func isDashes(_ range: Range<Int>) -> Bool {
      range.count == 3 && bytes[range.lowerBound] == 0x2D && bytes[range.lowerBound + 1] == 0x2D
        && bytes[range.lowerBound + 2] == 0x2D
    }
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    var frontMatter = FrontMatter("")
    var lineStart = 0
    var index = 0
    while true {
      let end = ByteScan.index(of: UInt8(ascii: "\n"), in: bytes, from: lineStart)
      // A line that does not end before the bytes do: not the usual head.
      guard end < bytes.count else { return nil }
      let line = lineStart..<end
      guard bytes[line].allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x09 || $0 >= 0x80 })
      else { return nil }
      let content = trimmed(line)
      if !content.isEmpty {
        guard bytes[content.lowerBound] < 0x80, bytes[content.upperBound - 1] < 0x80 else {
          return nil
        }
      }
      defer {
        lineStart = end + 1
        index += 1
      }
      if index == 0 {
        guard isDashes(content) else { return nil }
        continue
      }
      if isDashes(content) {
        frontMatter.isPresent = true
        return (frontMatter, index, end + 1)
      }
      if content.isEmpty { continue }
      if bytes[content.lowerBound] == UInt8(ascii: "#") {
        guard isASCII(content.lowerBound + 1, in: content) else { return nil }
        continue
      }
      let location = SourceLocation(line: index + 1, column: 1)
      guard let colon = bytes[content].firstIndex(of: UInt8(ascii: ":")) else {
        frontMatter.problems.append(
          (location, "front matter line is not `key: value`: \(text(content))"))
        continue
      }
      guard bytes[content.lowerBound..<colon].allSatisfy({ $0 < 0x80 }),
        isASCII(colon + 1, in: content)
      else { return nil }
      let keyRange = trimmed(content.lowerBound..<colon)
      var valueRange = trimmed(colon + 1..<content.upperBound)
      guard isASCII(valueRange.lowerBound, in: valueRange) else { return nil }
      if valueRange.count >= 2, bytes[valueRange.lowerBound] == bytes[valueRange.upperBound - 1],
        bytes[valueRange.lowerBound] == UInt8(ascii: "\"")
          || bytes[valueRange.lowerBound] == UInt8(ascii: "'")
      {
        guard isASCII(valueRange.lowerBound + 1, in: valueRange) else { return nil }
        valueRange = valueRange.lowerBound + 1..<valueRange.upperBound - 1
      }
      let key = text(keyRange)
      if !knownKeys.contains(key) {
        frontMatter.problems.append(
          (
            location,
            "unknown front matter key `\(key)`; known keys: \(knownKeys.joined(separator: ", "))"
          ))
      }
      if frontMatter.fields[key] != nil {
        frontMatter.problems.append((location, "front matter key `\(key)` is given twice"))
      }
      frontMatter.fields[key] = (text(valueRange), index + 1)
    }
  }
}
