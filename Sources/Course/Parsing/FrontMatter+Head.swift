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
