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
      gap.removeAll(keepingCapacity: true)
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

  private mutating func addBreakable(_ span: Span) {
    // Spaces are found by byte: a space is one byte in UTF-8 and a scalar of its own, so the
    // text between two spaces is valid UTF-8 and no grapheme segmentation is needed here.
    let bytes = span.text.utf8
    guard bytes.contains(0x20) else {
      appendToWord(span)
      return
    }
    // Printable ASCII, the common case, is one column per byte: words are measured by
    // counting their bytes instead of by `DisplayWidth`.
    let isPrintableASCII = bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    var start = bytes.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
      guard bytes[index] == 0x20 else {
        index = bytes.index(after: index)
        continue
      }
      if start < index {
        appendToWord(piece(of: span, bytes[start..<index], isPrintableASCII: isPrintableASCII))
      }
      endWord()
      var spaces = 0
      while index < bytes.endIndex && bytes[index] == 0x20 {
        index = bytes.index(after: index)
        spaces += 1
      }
      if !current.spans.isEmpty {
        gap.append(Span(safe: String(repeating: " ", count: spaces), span.style, width: spaces))
        gapWidth += spaces
      }
      start = index
    }
    if start < bytes.endIndex {
      appendToWord(piece(of: span, bytes[start...], isPrintableASCII: isPrintableASCII))
    }
  }

  private func piece(of span: Span, _ bytes: Substring.UTF8View, isPrintableASCII: Bool) -> Span {
    let string = String(decoding: bytes, as: UTF8.self)
    return Span(
      safe: string, span.style, width: isPrintableASCII ? bytes.count : DisplayWidth.of(string))
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
      word.removeAll(keepingCapacity: true)
      wordWidth = 0
      gap.removeAll(keepingCapacity: true)
      gapWidth = 0
    }
    if current.spans.isEmpty {
      gap.removeAll(keepingCapacity: true)
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

  /// Splits a word wider than a line between grapheme clusters.
  private mutating func splitLongWord() {
    for span in word {
      var chunk = ""
      var chunkWidth = 0
      for character in span.text {
        let columns = DisplayWidth.of(character)
        if current.width + chunkWidth + columns > width && current.width + chunkWidth > 0 {
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
