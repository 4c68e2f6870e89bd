import Base

/// What the lesson index needs from a lesson file, its front matter's four fields, read from the
/// first bytes of the file: finding one lesson by name reads every lesson's head, so this is
/// paid nine times for each lesson shown.
enum LessonHead {
  /// The fields the index shows; nil where the front matter does not give one.
  struct Fields: Equatable {
    var id: String?
    var title: String?
    var order: String?
    var summary: String?
  }

  /// How much of a file is read first: front matter is a few lines long.
  static let prefixLength = 4096

  /// The fields of the lesson file at `path`, reading only its first ``prefixLength`` bytes
  /// unless its front matter runs on past them.
  static func fields(ofFileAt path: String) throws(CourseError) -> Fields {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .unreadable(path: path, reason: "cannot read the file") }
    defer { close(descriptor) }
    // Read into uninitialised memory: zeroing the prefix first cost as much as reading it.
    var failed = false
    var bytes = [UInt8](unsafeUninitializedCapacity: prefixLength) { buffer, count in
      while count < buffer.count {
        let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
        if got < 0 && errno == EINTR { continue }
        guard got > 0 else {
          failed = got < 0
          break
        }
        count += got
      }
    }
    guard !failed else { throw .unreadable(path: path, reason: "cannot read the file") }
    let isWhole = bytes.count < prefixLength
    if !isWhole && FrontMatter.headLength(bytes) == nil {
      // Front matter longer than the prefix, or none closed in it: the whole file decides.
      guard let rest = LessonFiles.readAll(descriptor) else {
        throw .unreadable(path: path, reason: "cannot read the file")
      }
      bytes += rest
    }
    return fields(ofHead: bytes)
  }

  /// The fields of a file that starts with `bytes` (the whole file, or at least its front
  /// matter up to the closing `---` line): what `FrontMatter` finds.
  ///
  /// The usual head is read here on bytes; anything else goes to `FrontMatter` itself, the plain
  /// twin a test holds this one to (see ``asciiFields(_:)`` for which heads are usual).
  static func fields(ofHead bytes: [UInt8]) -> Fields {
    asciiFields(bytes)
      ?? {
        let frontMatter = FrontMatter.fields(ofHead: bytes)
        return Fields(
          id: frontMatter.fields["id"]?.value, title: frontMatter.fields["title"]?.value,
          order: frontMatter.fields["order"]?.value, summary: frontMatter.fields["summary"]?.value)
      }()
  }

  /// `FrontMatter`'s reading of a head, on bytes; nil when bytes could read it differently from
  /// characters, or when it is not closed within `bytes`.
  ///
  /// Lines hold printable ASCII and tabs, and UTF-8 only inside values: where `FrontMatter`
  /// looks at characters (the ends of a trimmed line, a key, the character after `:`, `#` or an
  /// opening quote) the bytes are ASCII, and there one byte is one character. A `\r`, another
  /// control character or UTF-8 elsewhere sends the head to `FrontMatter` (a combining accent
  /// after `:` makes one character of both; `\u{2003}---` trims to `---`).
  static func asciiFields(_ bytes: [UInt8]) -> Fields? {
    var fields = Fields()
    var lineStart = 0
    var lineNumber = 0
    while lineStart <= bytes.count {
      let end = bytes.withUnsafeBufferPointer { ByteScan.index(of: 0x0A, in: $0, from: lineStart) }
      let line = bytes[lineStart..<end]
      guard line.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x09 || $0 >= 0x80 }) else {
        return nil
      }
      let trimmed = trimmingSpaces(line)
      guard isASCII(trimmed.first), isASCII(trimmed.last) else { return nil }
      if lineNumber == 0 {
        // No front matter (or a first line FrontMatter does not take as one): no fields.
        if !bytes.starts(with: [0x2D, 0x2D, 0x2D]) { return fields }
        guard trimmed.elementsEqual([0x2D, 0x2D, 0x2D]) else { return fields }
      } else if trimmed.elementsEqual([0x2D, 0x2D, 0x2D]) {
        return fields
      } else if end == bytes.count {
        return nil  // runs on past `bytes`: never closed, or closed further on
      } else if trimmed.first == UInt8(ascii: "#") {
        guard isASCII(after: trimmed.startIndex, in: trimmed) else { return nil }
      } else if !trimmed.isEmpty, let colon = trimmed.firstIndex(of: UInt8(ascii: ":")) {
        guard trimmed[..<colon].allSatisfy({ $0 < 0x80 }), isASCII(after: colon, in: trimmed)
        else { return nil }
        let key = trimmingSpaces(trimmed[..<colon])
        var value = trimmingSpaces(trimmed[(colon + 1)...])
        if value.count >= 2, let first = value.first, first == value.last,
          first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
        {
          guard isASCII(after: value.startIndex, in: value) else { return nil }
          value = value.dropFirst().dropLast()
        }
        // The key is compared as bytes: a string of it is not needed.
        func text() -> String { String(decoding: value, as: UTF8.self) }
        if key.elementsEqual("id".utf8) {
          fields.id = text()
        } else if key.elementsEqual("title".utf8) {
          fields.title = text()
        } else if key.elementsEqual("order".utf8) {
          fields.order = text()
        } else if key.elementsEqual("summary".utf8) {
          fields.summary = text()
        }
      }
      lineStart = end + 1
      lineNumber += 1
    }
    return nil
  }

  /// Whether `byte` is absent or ASCII.
  private static func isASCII(_ byte: UInt8?) -> Bool { (byte ?? 0) < 0x80 }

  /// Whether the byte after `index` in `bytes` is absent or ASCII.
  private static func isASCII(after index: Int, in bytes: ArraySlice<UInt8>) -> Bool {
    index + 1 >= bytes.endIndex || bytes[index + 1] < 0x80
  }

  private static func trimmingSpaces(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
      let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
    else { return bytes[bytes.startIndex..<bytes.startIndex] }
    return bytes[first...last]
  }
}
