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
    /// gives its line and column.
    var offset: Int
  }

  /// The line and column of `formula`'s opening `$`.
  func location(of formula: Formula) -> SourceLocation { location(formula.offset) }

  static let unclosedInline =
    "inline math `$` is never closed; close it with `$`, or write `\\$` for a dollar sign"

  static let start: Unicode.Scalar = "\u{E000}"
  static let end: Unicode.Scalar = "\u{E001}"
  static let continuation: Unicode.Scalar = "\u{E002}"

  /// The rewritten lesson as UTF-8 bytes.
  private(set) var output: [UInt8] = []
  var formulas: [Formula] = []
  var problems: [(SourceLocation, String)] = []

  private let bytes: [UInt8]
  private var lineStarts: [Int] = [0]

  /// The rewritten lesson: `output` as a string.
  var text: String { String(decoding: output, as: UTF8.self) }

  /// Extracts the math of the lesson text `source`.
  init(_ source: String) {
    bytes = Array(source.utf8)
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      lineStarts.append(index + 1)
    }
    var fence: (byte: UInt8, length: Int)?
    var line = 0
    let lineCount = lineStarts.count
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
        appendLine(line)
        line += 1
        continue
      }
      if fence != nil || isBlank(range) {
        appendLine(line)
        line += 1
        continue
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
  }

  /// Copies line `line` as it is, with its newline.
  private mutating func appendLine(_ line: Int) {
    let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    output.append(contentsOf: bytes[lineStarts[line]..<end])
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
    let prefix = String(decoding: bytes[lineStarts[low]..<offset], as: UTF8.self)
    return SourceLocation(line: low + 1, column: prefix.count + 1)
  }

  /// Scans one paragraph for math, appending the rewritten bytes to `output`.
  private mutating func scanParagraph(_ range: Range<Int>) {
    let dollar = UInt8(ascii: "$")
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
        output.append(byte)
        i += 1
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
    let tex = Self.joinedLines(String(decoding: bytes[texRange], as: UTF8.self))
    if tex.isEmpty {
      problems.append(
        (
          location(offset),
          "empty \(display ? "display" : "inline") math; write the formula between the dollars"
        ))
    }
    formulas.append(Formula(tex: tex, display: display, offset: offset))
    var placeholder = "\(Self.start)\(formulas.count - 1)\(Self.end)"
    for byte in bytes[texRange] where byte == UInt8(ascii: "\n") {
      placeholder += "\n\(Self.continuation)"
    }
    output += placeholder.utf8
  }

  /// The lines of a formula, each trimmed of white space, joined by single spaces and trimmed.
  static func joinedLines(_ raw: String) -> String {
    String(
      raw.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.trimmingWhitespace() }.joined(separator: " ").trimmingWhitespace())
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
