import Base

/// Fills lines with styled text up to a width in columns, breaking at spaces.
///
/// Greedy filling, as `fmt` and most terminal renderers do: a word goes on the current line if
/// it fits, else starts the next one; a word wider than a whole line is split between
/// characters (never inside a grapheme cluster, and escape sequences are not text here).
/// Widths are measured once per word.
struct LineWrapper {
  /// A piece of running text to lay out.
  enum Piece {
    /// Text that may break at its spaces.
    case text(Span)
    /// Text kept on one line unless it is wider than a whole line (a formula).
    case unbreakable(Span)
    /// A forced line break.
    case lineBreak
  }

  let width: Int
  private(set) var lines: [StyledLine] = []
  private var current = StyledLine()
  private var gap: [Span] = []
  private var gapWidth = 0
  private var word: [Span] = []
  private var wordWidth = 0

  init(width: Int) {
    precondition(width > 1, "a line must hold at least two columns, got \(width)")
    self.width = width
  }

  /// Lays out `pieces` and returns the lines.
  static func wrap(_ pieces: [Piece], width: Int) -> [StyledLine] {
    var wrapper = LineWrapper(width: width)
    for piece in pieces { wrapper.add(piece) }
    return wrapper.finish()
  }

  mutating func add(_ piece: Piece) {
    switch piece {
    case .lineBreak:
      endWord()
      lines.append(current)
      current = StyledLine()
      gap.removeAll()
      gapWidth = 0
    case .unbreakable(let span):
      appendToWord(span)
    case .text(let span):
      addBreakable(span)
    }
  }

  mutating func finish() -> [StyledLine] {
    endWord()
    if !current.spans.isEmpty || lines.isEmpty { lines.append(current) }
    current = StyledLine()
    return lines
  }

  /// Adds text that may break at its spaces: a run of spaces ends the word being collected
  /// and is the gap before the next one, unless the line is empty; text after the last space
  /// may go on in the next piece.
  private mutating func addBreakable(_ span: Span) {
    let scalars = span.text.unicodeScalars
    guard scalars.contains(" ") else {
      appendToWord(span)
      return
    }
    func appendPiece(_ piece: Substring.UnicodeScalarView) {
      let text = String(piece)
      appendToWord(Span(safe: text, span.style, width: DisplayWidth.of(text)))
    }
    var start = scalars.startIndex
    var index = start
    while index < scalars.endIndex {
      guard scalars[index] == " " else {
        index = scalars.index(after: index)
        continue
      }
      if start < index { appendPiece(scalars[start..<index]) }
      endWord()
      var spaces = 0
      while index < scalars.endIndex && scalars[index] == " " {
        index = scalars.index(after: index)
        spaces += 1
      }
      if !current.spans.isEmpty {
        gap.append(Span(safe: String(repeating: " ", count: spaces), span.style, width: spaces))
        gapWidth += spaces
      }
      start = index
    }
    if start < scalars.endIndex { appendPiece(scalars[start...]) }
  }

  private mutating func appendToWord(_ span: Span) {
    guard !span.text.isEmpty else { return }
    word.append(span)
    wordWidth += span.width
  }

  /// Places the word being collected on the current line or the next.
  private mutating func endWord() {
    guard !word.isEmpty else { return }
    defer {
      word.removeAll()
      wordWidth = 0
      if !gap.isEmpty { gap.removeAll() }
      gapWidth = 0
    }
    if current.spans.isEmpty && !gap.isEmpty {
      gap.removeAll()
      gapWidth = 0
    }
    if current.width + gapWidth + wordWidth <= width {
      for span in gap { current.append(span) }
      for span in word { current.append(span) }
      return
    }
    if !current.spans.isEmpty {
      lines.append(current)
      current = StyledLine()
    }
    if wordWidth <= width {
      for span in word { current.append(span) }
      return
    }
    splitLongWord()
  }

  /// Splits a word wider than a line: after its last `/`, `-` or `.` that fits (a path, a
  /// hyphenated id), so that no name is cut; else between grapheme clusters.
  private mutating func splitLongWord() {
    for span in word {
      var chunk = ""
      var chunkWidth = 0
      for character in span.text {
        let columns = DisplayWidth.of(character)
        if current.width + chunkWidth + columns > width && current.width + chunkWidth > 0 {
          var carried = ""
          if let cut = chunk.lastIndex(where: { "/-.".contains($0) }),
            chunk.index(after: cut) < chunk.endIndex
          {
            carried = String(chunk[chunk.index(after: cut)...])
            chunk = String(chunk[...cut])
          }
          current.append(Span(safe: chunk, span.style, width: DisplayWidth.of(chunk)))
          lines.append(current)
          current = StyledLine()
          chunk = carried
          chunkWidth = DisplayWidth.of(carried)
        }
        chunk.append(character)
        chunkWidth += columns
      }
      current.append(Span(safe: chunk, span.style, width: chunkWidth))
    }
  }
}

extension LineWrapper {
  /// Cuts `line` to at most `width` columns, ending with `…` when something was cut.
  static func truncate(_ line: StyledLine, to width: Int) -> StyledLine {
    guard line.width > width else { return line }
    var result = StyledLine()
    for span in line.spans {
      if result.width + span.width <= width - 1 {
        result.append(span)
        continue
      }
      var text = ""
      var columns = 0
      for character in span.text {
        let next = DisplayWidth.of(character)
        if result.width + columns + next > width - 1 { break }
        text.append(character)
        columns += next
      }
      result.append(Span(safe: text, span.style, width: columns))
      result.append(Span(safe: "…", span.style, width: 1))
      break
    }
    return result
  }

  /// Splits `text` into lines of at most `width` columns without looking for spaces (code).
  static func hardWrap(_ spans: [Span], width: Int) -> [StyledLine] {
    var lines: [StyledLine] = []
    var current = StyledLine()
    for span in spans {
      if current.width + span.width <= width {
        current.append(span)
        continue
      }
      var chunk = ""
      var chunkWidth = 0
      for character in span.text {
        let columns = DisplayWidth.of(character)
        if current.width + chunkWidth + columns > width {
          current.append(Span(safe: chunk, span.style, width: chunkWidth))
          lines.append(current)
          current = StyledLine()
          chunk = ""
          chunkWidth = 0
        }
        chunk.append(character)
        chunkWidth += columns
      }
      current.append(Span(safe: chunk, span.style, width: chunkWidth))
    }
    lines.append(current)
    return lines
  }
}
