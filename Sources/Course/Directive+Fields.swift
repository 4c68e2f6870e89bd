extension Directive {
  /// The body read as `key: value` lines (used by `exercise` and `plot`). Blank lines and
  /// lines starting with `#` are skipped; malformed lines are returned in `malformed` with
  /// their 0-based line offset in the body.
  ///
  /// Lines are split and read on UTF-8 bytes (`fieldsByCharacter` is the plain twin a test
  /// holds equal): without a carriage return every line-feed byte is a `"\n"` character of its
  /// own, and in a line `ByteScan.readsAsCharacters` accepts, trimming it and finding its colon
  /// byte by byte gives the same result. Other lines are read character by character.
  public var fields: (values: [Attribute], malformed: [(offset: Int, line: String)]) {
    fields(upTo: nil)
  }

  /// `fields`, read only as far as the first value of `key` when one is given.
  func fields(upTo key: String?) -> (
    values: [Attribute], malformed: [(offset: Int, line: String)]
  ) {
    guard !body.containsUTF8(UInt8(ascii: "\r")) else { return fieldsByCharacter }
    var values: [Attribute] = []
    var malformed: [(offset: Int, line: String)] = []
    var body = self.body
    body.withUTF8 { bytes in
      var offset = 0
      var lineStart = 0
      while lineStart <= bytes.count {
        if let key, let last = values.last, last.key == key { return }
        let lineEnd = ByteScan.index(of: UInt8(ascii: "\n"), in: bytes, from: lineStart)
        let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
        // ASCII without a carriage return (the body has none) reads as characters.
        if ByteScan.isASCII(line) || ByteScan.readsAsCharacters(line) {
          Self.readFieldOfBytes(line, offset: offset, into: &values, malformed: &malformed)
        } else {
          Self.readField(
            Substring(String(decoding: line, as: UTF8.self)), offset: offset, into: &values,
            malformed: &malformed)
        }
        offset += 1
        lineStart = lineEnd + 1
      }
    }
    return (values, malformed)
  }

  /// `fields`, character by character: the plain definition.
  var fieldsByCharacter: (values: [Attribute], malformed: [(offset: Int, line: String)]) {
    var values: [Attribute] = []
    var malformed: [(offset: Int, line: String)] = []
    for (offset, rawLine) in body.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      Self.readField(rawLine, offset: offset, into: &values, malformed: &malformed)
    }
    return (values, malformed)
  }

  /// Reads one body line as `key: value`.
  private static func readField(
    _ rawLine: Substring, offset: Int, into values: inout [Attribute],
    malformed: inout [(offset: Int, line: String)]
  ) {
    let line = rawLine.trimmingWhitespace()
    if line.isEmpty || line.hasPrefix("#") { return }
    guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else {
      malformed.append((offset, String(line)))
      return
    }
    let key = line[..<colon].trimmingWhitespace()
    let value = line[line.index(after: colon)...].trimmingWhitespace()
    if key.contains(where: { $0 == " " }) {
      malformed.append((offset, String(line)))
      return
    }
    values.append(Attribute(key: String(key), value: String(value)))
  }

  /// `readField` for a line that `ByteScan.readsAsCharacters`.
  private static func readFieldOfBytes(
    _ rawLine: UnsafeBufferPointer<UInt8>, offset: Int, into values: inout [Attribute],
    malformed: inout [(offset: Int, line: String)]
  ) {
    let line = ByteScan.trimmed(rawLine[...])
    func text(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }
    if line.isEmpty || line.first == UInt8(ascii: "#") { return }
    guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon != line.startIndex else {
      malformed.append((offset, text(line)))
      return
    }
    let key = ByteScan.trimmed(line[..<colon])
    let value = ByteScan.trimmed(line[(colon + 1)...])
    if key.contains(UInt8(ascii: " ")) {
      malformed.append((offset, text(line)))
      return
    }
    values.append(Attribute(key: text(key), value: text(value)))
  }
}
