/// Finds `$…$` and `$$…$$` math in lesson Markdown before cmark sees it.
///
/// cmark knows nothing of math: it would read `\{` as an escaped brace and `a*b*c` as
/// emphasis. So each formula is replaced by a placeholder that cmark passes through as plain
/// text (`U+E000`, the formula's index, `U+E001`), and the lesson parser swaps the
/// placeholders back for `Inline.math` values. A formula spanning several lines keeps its line
/// breaks as continuation lines (`U+E002`), so every line number cmark reports still matches
/// the file.
///
/// Rules (pandoc's `tex_math_dollars`): `$` opens inline math only when the next character is
/// not a space; it closes at the next `$` that follows a non-space and is not followed by a
/// digit, within the same paragraph. So `$5 and $10` is text. `\$` is a literal dollar. Code
/// spans and fenced code are left alone. `$$` opens display math, which must close before a
/// blank line.
///
/// The scan works on UTF-8 bytes: every character it looks for is ASCII, and the bytes of a
/// multi-byte character are never ASCII, so no character is split.
struct MathExtraction {
  struct Formula {
    var tex: String
    var display: Bool
    /// Where the formula's opening `$` is, as a byte offset into the text; `location(of:)`
    /// gives its line and column, wanted only for a diagnostic (finding them costs more than
    /// the rest of the formula's extraction).
    var offset: Int
  }

  /// The line and column of `formula`'s opening `$`.
  func location(of formula: Formula) -> SourceLocation { location(formula.offset) }

  static let unclosedInline =
    "inline math `$` is never closed; close it with `$`, or write `\\$` for a dollar sign"

  static let start: Unicode.Scalar = "\u{E000}"
  static let end: Unicode.Scalar = "\u{E001}"
  static let continuation: Unicode.Scalar = "\u{E002}"
  private static let startBytes: (UInt8, UInt8, UInt8) = (0xEE, 0x80, 0x80)
  private static let endBytes: (UInt8, UInt8, UInt8) = (0xEE, 0x80, 0x81)
  private static let continuationBytes: (UInt8, UInt8, UInt8) = (0xEE, 0x80, 0x82)

  /// Appends the three UTF-8 bytes of a mark.
  private static func appendMark(_ mark: (UInt8, UInt8, UInt8), to output: inout [UInt8]) {
    output.append(mark.0)
    output.append(mark.1)
    output.append(mark.2)
  }

  /// Whether the text of the UTF-8 `bytes` holds a placeholder: the start mark's bytes, found
  /// by `memchr` for their first, `0xEE`, rare in prose (in valid UTF-8 they are always the
  /// mark).
  static func containsPlaceholder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = ByteScan.index(of: 0xEE, in: bytes, from: 0)
    while index < bytes.count {
      if mark(in: bytes, at: index) == start { return true }
      index = ByteScan.index(of: 0xEE, in: bytes, from: index + 1)
    }
    return false
  }

  /// The mark (`start`, `end` or `continuation`) whose UTF-8 bytes begin at `index`, if any.
  static func mark(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
    guard bytes[index] == 0xEE, index + 2 < bytes.count, bytes[index + 1] == 0x80 else {
      return nil
    }
    switch bytes[index + 2] {
    case 0x80: return start
    case 0x81: return end
    case 0x82: return continuation
    default: return nil
    }
  }

  /// The number `digits` spell, as `Int(String(decoding: digits, as: UTF8.self))` reads it: an
  /// optional sign, then one or more ASCII digits; nil for anything else or on overflow.
  static func decimal(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    var negative = false
    if let sign = digits.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      negative = sign == UInt8(ascii: "-")
      index = 1
    }
    guard index < digits.count else { return nil }
    var value = 0
    while index < digits.count {
      let digit = Int(digits[index]) - Int(UInt8(ascii: "0"))
      guard (0...9).contains(digit) else { return nil }
      let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
      let (next, overflowAdding) =
        negative
        ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
      guard !overflow && !overflowAdding else { return nil }
      value = next
      index += 1
    }
    return value
  }

  /// The rewritten lesson as UTF-8 bytes, handed to cmark as they are.
  private(set) var output: [UInt8] = []
  var formulas: [Formula] = []
  var problems: [(SourceLocation, String)] = []

  private let bytes: [UInt8]
  private var lineStarts: [Int] = [0]

  /// The rewritten lesson: `output` as a string.
  var text: String { String(decoding: output, as: UTF8.self) }

  init(_ source: String) { self.init(utf8: Array(source.utf8)) }

  /// Extracts the math of the lesson text whose UTF-8 form is `source`.
  init(utf8 source: [UInt8]) {
    bytes = source
    bytes.withUnsafeBufferPointer { bytes in
      var next = ByteScan.index(of: UInt8(ascii: "\n"), in: bytes, from: 0)
      while next < bytes.count {
        lineStarts.append(next + 1)
        next = ByteScan.index(of: UInt8(ascii: "\n"), in: bytes, from: next + 1)
      }
    }
    output.reserveCapacity(bytes.count + 64)
    var fence: (byte: UInt8, length: Int)?
    var line = 0
    let lineCount = lineStarts.count
    // Lines copied as they are (fences, their code, blank lines) are copied a run at a time:
    // where the run began, if one is open.
    var verbatimStart: Int?
    while line < lineCount {
      let range = lineRange(line)
      if let marker = fenceMarker(range) {
        if let open = fence {
          if marker.byte == open.byte && marker.length >= open.length && marker.isBare {
            fence = nil
          }
        } else {
          fence = (marker.byte, marker.length)
        }
        verbatimStart = verbatimStart ?? lineStarts[line]
        line += 1
        continue
      }
      if fence != nil || isBlank(range) {
        verbatimStart = verbatimStart ?? lineStarts[line]
        line += 1
        continue
      }
      if let start = verbatimStart {
        output.append(contentsOf: bytes[start..<lineStarts[line]])
        verbatimStart = nil
      }
      var paragraphEnd = line
      while paragraphEnd < lineCount {
        let next = lineRange(paragraphEnd)
        if isBlank(next) || fenceMarker(next) != nil { break }
        paragraphEnd += 1
      }
      // The paragraph's bytes, through the newline ending its last line (if any).
      let end = paragraphEnd < lineCount ? lineStarts[paragraphEnd] : bytes.count
      scanParagraph(lineStarts[line]..<end)
      line = paragraphEnd
    }
    if let start = verbatimStart { output.append(contentsOf: bytes[start...]) }
  }

  private func lineRange(_ line: Int) -> Range<Int> {
    let start = lineStarts[line]
    let end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
    return start..<end
  }

  /// The line and column (in characters) of byte `offset`.
  private func location(_ offset: Int) -> SourceLocation {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let prefix = bytes[lineStarts[low]..<offset]
    // ASCII within a line (no newline, so no CR LF pair) is one character per byte.
    let characters =
      prefix.allSatisfy { $0 < 0x80 } ? prefix.count : String(decoding: prefix, as: UTF8.self).count
    return SourceLocation(line: low + 1, column: characters + 1)
  }

  /// Scans one paragraph for math, appending the rewritten bytes to `output`.
  private mutating func scanParagraph(_ range: Range<Int>) {
    let dollar = UInt8(ascii: "$")
    // Without a dollar there is no math, and escapes and code spans are copied as they are.
    guard bytes[range].contains(dollar) else {
      output.append(contentsOf: bytes[range])
      return
    }
    let backslash = UInt8(ascii: "\\")
    let backtick = UInt8(ascii: "`")
    var noCodeCloser = Set<Int>()  // backtick run lengths known to have no closer
    var noInlineCloser = false
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let byte = bytes[i]
      if byte == backslash && i + 1 < end {
        output.append(byte)
        output.append(bytes[i + 1])
        i += 2
        continue
      }
      if byte == backtick {
        var run = 0
        while i + run < end && bytes[i + run] == backtick { run += 1 }
        if !noCodeCloser.contains(run), let close = findBacktickRun(run, from: i + run, to: end) {
          output.append(contentsOf: bytes[i..<close + run])
          i = close + run
        } else {
          noCodeCloser.insert(run)
          output.append(contentsOf: bytes[i..<i + run])
          i += run
        }
        continue
      }
      guard byte == dollar else {
        // Plain text up to the next byte that matters, copied at once.
        // (Scanned through a buffer pointer: the array's own subscript is checked at each byte.)
        let next = bytes.withUnsafeBufferPointer { bytes in
          var next = i + 1
          while next < end && bytes[next] != dollar && bytes[next] != backslash
            && bytes[next] != backtick
          {
            next += 1
          }
          return next
        }
        output.append(contentsOf: bytes[i..<next])
        i = next
        continue
      }
      if i + 1 < end && bytes[i + 1] == dollar {
        // Display math: up to the next `$$`.
        var j = i + 2
        var close: Int?
        while j + 1 < end {
          if bytes[j] == backslash {
            j += 2
            continue
          }
          if bytes[j] == dollar && bytes[j + 1] == dollar {
            close = j
            break
          }
          j += 1
        }
        guard let close else {
          problems.append(
            (
              location(i),
              "display math `$$` is never closed; close it with `$$` before the next blank line"
            ))
          output.append(contentsOf: bytes[i..<end])
          i = end
          continue
        }
        appendPlaceholder(i + 2..<close, display: true, at: i)
        i = close + 2
        continue
      }
      // Inline math.
      guard i + 1 < end, !Self.isSpace(bytes[i + 1]) else {
        output.append(byte)
        i += 1
        continue
      }
      let next = bytes[i + 1]
      var close: Int?
      if !noInlineCloser {
        var j = i + 1
        while j < end {
          if bytes[j] == backslash {
            j += 2
            continue
          }
          if bytes[j] == dollar && j > i + 1 && !Self.isSpace(bytes[j - 1])
            && !(j + 1 < end && Self.isDigit(bytes[j + 1]))
          {
            close = j
            break
          }
          j += 1
        }
      }
      guard let close else {
        // No `$` later in this paragraph can close: only report what looks like a formula.
        noInlineCloser = true
        if !Self.isDigit(next) && looksLikeTeX(from: i + 1, to: end) {
          problems.append((location(i), Self.unclosedInline))
        }
        output.append(byte)
        i += 1
        continue
      }
      appendPlaceholder(i + 1..<close, display: false, at: i)
      i = close + 1
    }
  }

  private mutating func appendPlaceholder(_ texRange: Range<Int>, display: Bool, at offset: Int) {
    let tex: String
    if isTrimmedLine(texRange) {
      tex = String(decoding: bytes[texRange], as: UTF8.self)
    } else if bytes[texRange].allSatisfy({ $0 < 0x80 }) {
      tex = Self.joinedASCIILines(bytes[texRange])
    } else {
      tex = Self.joinedLines(String(decoding: bytes[texRange], as: UTF8.self))
    }
    if tex.isEmpty {
      problems.append(
        (
          location(offset),
          "empty \(display ? "display" : "inline") math; write the formula between the dollars"
        ))
    }
    formulas.append(Formula(tex: tex, display: display, offset: offset))
    Self.appendMark(Self.startBytes, to: &output)
    Self.appendDecimal(formulas.count - 1, to: &output)
    Self.appendMark(Self.endBytes, to: &output)
    for byte in bytes[texRange] where byte == UInt8(ascii: "\n") {
      output.append(UInt8(ascii: "\n"))
      Self.appendMark(Self.continuationBytes, to: &output)
    }
  }

  /// Appends the decimal digits of `number` (not negative), as `String(number).utf8` gives them.
  static func appendDecimal(_ number: Int, to output: inout [UInt8]) {
    var divisor = 1
    while number / divisor >= 10 { divisor *= 10 }
    while divisor > 0 {
      output.append(UInt8(ascii: "0") + UInt8(number / divisor % 10))
      divisor /= 10
    }
  }

  /// The lines of a formula, each trimmed of white space, joined by single spaces and trimmed.
  static func joinedLines(_ raw: String) -> String {
    String(
      raw.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.trimmingWhitespace() }.joined(separator: " ").trimmingWhitespace())
  }

  /// `joinedLines` for ASCII, on bytes: with CR LF pairs gone (`replacingCarriageReturns`),
  /// every ASCII byte is a character, so splitting, trimming and joining bytes gives the same.
  static func joinedASCIILines(_ bytes: ArraySlice<UInt8>) -> String {
    let range = bytes.indices
    func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    var joined: [UInt8] = []
    joined.reserveCapacity(range.count)
    var lineStart = range.lowerBound
    while lineStart <= range.upperBound {
      var lineEnd = lineStart
      while lineEnd < range.upperBound && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      var first = lineStart
      var last = lineEnd
      while first < last && isWhitespace(bytes[first]) { first += 1 }
      while last > first && isWhitespace(bytes[last - 1]) { last -= 1 }
      if lineStart > range.lowerBound { joined.append(UInt8(ascii: " ")) }
      joined.append(contentsOf: bytes[first..<last])
      lineStart = lineEnd + 1
    }
    let first = joined.firstIndex { !isWhitespace($0) } ?? joined.endIndex
    let last = joined.lastIndex { !isWhitespace($0) }.map { $0 + 1 } ?? first
    return String(decoding: joined[first..<max(first, last)], as: UTF8.self)
  }

  /// Whether the bytes in `range` are one line that trimming would leave as it is: no newline,
  /// and they start and end with an ASCII character that is not white space (a character
  /// ending in an ASCII byte is that ASCII character, so this is the same test as on
  /// characters).
  private func isTrimmedLine(_ range: Range<Int>) -> Bool {
    guard let first = bytes[range].first, let last = bytes[range].last else { return true }
    func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
    return isVisibleASCII(first) && isVisibleASCII(last)
      && !bytes[range].contains(UInt8(ascii: "\n"))
  }

  private func findBacktickRun(_ length: Int, from start: Int, to end: Int) -> Int? {
    var i = start
    while i < end {
      if bytes[i] == UInt8(ascii: "`") {
        var run = 0
        while i + run < end && bytes[i + run] == UInt8(ascii: "`") { run += 1 }
        if run == length { return i }
        i += run
      } else {
        i += 1
      }
    }
    return nil
  }

  private func looksLikeTeX(from start: Int, to end: Int) -> Bool {
    var i = start
    while i < min(end, start + 40) && bytes[i] != UInt8(ascii: "\n") {
      switch bytes[i] {
      case UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "{"): return true
      default: i += 1
      }
    }
    return false
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private func isBlank(_ range: Range<Int>) -> Bool {
    bytes[range].allSatisfy {
      $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">")
        || $0 == UInt8(ascii: "\r")
    }
  }

  /// A line opening or closing a fence: optional indentation and `>` markers, then three or
  /// more backticks or tildes. (List markers before a fence are not recognised here.)
  private func fenceMarker(_ range: Range<Int>) -> (byte: UInt8, length: Int, isBare: Bool)? {
    var i = range.lowerBound
    while i < range.upperBound
      && (bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: ">")
        || bytes[i] == UInt8(ascii: "\t"))
    {
      i += 1
    }
    guard i < range.upperBound, bytes[i] == UInt8(ascii: "`") || bytes[i] == UInt8(ascii: "~")
    else {
      return nil
    }
    let marker = bytes[i]
    var length = 0
    while i + length < range.upperBound && bytes[i + length] == marker { length += 1 }
    guard length >= 3 else { return nil }
    let rest = bytes[(i + length)..<range.upperBound]
    if marker == UInt8(ascii: "`") && rest.contains(UInt8(ascii: "`")) { return nil }
    return (marker, length, rest.allSatisfy { Self.isSpace($0) })
  }
}
