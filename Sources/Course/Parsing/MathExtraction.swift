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
struct MathExtraction {
  struct Formula {
    var tex: String
    var display: Bool
    var location: SourceLocation
  }

  static let unclosedInline =
    "inline math `$` is never closed; close it with `$`, or write `\\$` for a dollar sign"

  static let start: Character = "\u{E000}"
  static let end: Character = "\u{E001}"
  static let continuation: Character = "\u{E002}"

  var text: String = ""
  var formulas: [Formula] = []
  var problems: [(SourceLocation, String)] = []

  init(_ source: String) {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    var output: [Character] = []
    output.reserveCapacity(source.count)
    var fence: (character: Character, length: Int)?
    var lineIndex = 0
    // Inline scanning works on a paragraph: the run of non-blank lines outside fences.
    while lineIndex < lines.count {
      let line = lines[lineIndex]
      if let marker = Self.fenceMarker(line) {
        if let open = fence {
          if marker.character == open.character && marker.length >= open.length
            && marker.isBare
          {
            fence = nil
          }
        } else {
          fence = (marker.character, marker.length)
        }
        output.append(contentsOf: line)
        output.append("\n")
        lineIndex += 1
        continue
      }
      if fence != nil || Self.isBlank(line) {
        output.append(contentsOf: line)
        output.append("\n")
        lineIndex += 1
        continue
      }
      var paragraphEnd = lineIndex
      while paragraphEnd < lines.count && !Self.isBlank(lines[paragraphEnd])
        && Self.fenceMarker(lines[paragraphEnd]) == nil
      {
        paragraphEnd += 1
      }
      scanParagraph(lines[lineIndex..<paragraphEnd], firstLine: lineIndex + 1, into: &output)
      lineIndex = paragraphEnd
    }
    if !output.isEmpty { output.removeLast() }  // the newline added after the last line
    text = String(output)
  }

  /// Scans one paragraph's lines for math, appending the rewritten text to `output`.
  private mutating func scanParagraph(
    _ lines: ArraySlice<[Character]>, firstLine: Int, into output: inout [Character]
  ) {
    var chars: [Character] = []
    var positions: [SourceLocation] = []
    for (offset, line) in lines.enumerated() {
      for (column, character) in line.enumerated() {
        chars.append(character)
        positions.append(SourceLocation(line: firstLine + offset, column: column + 1))
      }
      chars.append("\n")
      positions.append(SourceLocation(line: firstLine + offset, column: line.count + 1))
    }
    let count = chars.count
    var noCodeCloser = Set<Int>()  // backtick run lengths known to have no closer
    var noInlineCloser = false
    var i = 0
    while i < count {
      let c = chars[i]
      if c == "\\" && i + 1 < count {
        output.append(c)
        output.append(chars[i + 1])
        i += 2
        continue
      }
      if c == "`" {
        var run = 0
        while i + run < count && chars[i + run] == "`" { run += 1 }
        if !noCodeCloser.contains(run), let close = Self.findBacktickRun(run, in: chars, from: i + run) {
          output.append(contentsOf: chars[i..<close + run])
          i = close + run
        } else {
          noCodeCloser.insert(run)
          output.append(contentsOf: chars[i..<i + run])
          i += run
        }
        continue
      }
      guard c == "$" else {
        output.append(c)
        i += 1
        continue
      }
      if i + 1 < count && chars[i + 1] == "$" {
        // Display math: up to the next `$$`.
        var j = i + 2
        var close: Int?
        while j + 1 < count {
          if chars[j] == "\\" { j += 2; continue }
          if chars[j] == "$" && chars[j + 1] == "$" { close = j; break }
          j += 1
        }
        guard let close else {
          problems.append((positions[i], "display math `$$` is never closed; close it with `$$` before the next blank line"))
          output.append(contentsOf: chars[i..<count])
          i = count
          continue
        }
        let tex = String(chars[i + 2..<close])
        appendPlaceholder(tex: tex, display: true, at: positions[i], into: &output)
        i = close + 2
        continue
      }
      // Inline math.
      let next: Character? = i + 1 < count ? chars[i + 1] : nil
      guard let next, !next.isWhitespace else {
        output.append(c)
        i += 1
        continue
      }
      if noInlineCloser {
        // No `$` later in this paragraph can close: only report what looks like a formula.
        if !next.isNumber && Self.looksLikeTeX(chars[(i + 1)...].prefix(40)) {
          problems.append((positions[i], Self.unclosedInline))
        }
        output.append(c)
        i += 1
        continue
      }
      var j = i + 1
      var close: Int?
      while j < count {
        if chars[j] == "\\" { j += 2; continue }
        if chars[j] == "$" {
          let before = chars[j - 1]
          let after: Character? = j + 1 < count ? chars[j + 1] : nil
          if !before.isWhitespace && !(after?.isNumber ?? false) && j > i + 1 { close = j; break }
        }
        j += 1
      }
      guard let close else {
        noInlineCloser = true
        if !next.isNumber && Self.looksLikeTeX(chars[(i + 1)...].prefix(40)) {
          problems.append((positions[i], Self.unclosedInline))
        }
        output.append(c)
        i += 1
        continue
      }
      let tex = String(chars[i + 1..<close])
      appendPlaceholder(tex: tex, display: false, at: positions[i], into: &output)
      i = close + 1
    }
  }

  private mutating func appendPlaceholder(
    tex: String, display: Bool, at location: SourceLocation, into output: inout [Character]
  ) {
    let normalized = tex.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingWhitespace() }.joined(separator: " ").trimmingWhitespace()
    if normalized.isEmpty {
      problems.append((location, "empty \(display ? "display" : "inline") math; write the formula between the dollars"))
    }
    formulas.append(Formula(tex: String(normalized), display: display, location: location))
    output.append(Self.start)
    output.append(contentsOf: String(formulas.count - 1))
    output.append(Self.end)
    for character in tex where character == "\n" {
      output.append("\n")
      output.append(Self.continuation)
    }
  }

  private static func findBacktickRun(_ length: Int, in chars: [Character], from start: Int) -> Int? {
    var i = start
    while i < chars.count {
      if chars[i] == "`" {
        var run = 0
        while i + run < chars.count && chars[i + run] == "`" { run += 1 }
        if run == length { return i }
        i += run
      } else {
        i += 1
      }
    }
    return nil
  }

  private static func looksLikeTeX(_ chars: ArraySlice<Character>) -> Bool {
    chars.prefix { $0 != "\n" }.contains { $0 == "\\" || $0 == "^" || $0 == "_" || $0 == "{" }
  }

  static func isBlank(_ line: [Character]) -> Bool {
    line.allSatisfy { $0 == " " || $0 == "\t" || $0 == ">" || $0 == "\r" }
  }

  /// A line opening or closing a fence: optional indentation and `>` markers, then three or
  /// more backticks or tildes.
  static func fenceMarker(_ line: [Character]) -> (character: Character, length: Int, isBare: Bool)? {
    var i = 0
    while i < line.count && (line[i] == " " || line[i] == ">" || line[i] == "\t") { i += 1 }
    // List markers before a fence (`- ```swift`) are rare in lessons; they are not fences here.
    guard i < line.count, line[i] == "`" || line[i] == "~" else { return nil }
    let character = line[i]
    var length = 0
    while i + length < line.count && line[i + length] == character { length += 1 }
    guard length >= 3 else { return nil }
    let rest = line[(i + length)...]
    if character == "`" && rest.contains("`") { return nil }
    return (character, length, rest.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" })
  }
}
