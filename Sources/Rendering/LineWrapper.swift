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
  /// Whether printable ASCII text takes `addBreakableASCII`, the fast path; tests turn it off
  /// to hold the two paths equal.
  var usesFastPath = true
  private(set) var lines: [StyledLine] = []
  private var current = StyledLine(capacity: LineWrapper.spansPerLine)
  private var gap: [Span] = []
  private var gapWidth = 0
  private var word: [Span] = []
  private var wordWidth = 0

  /// Room reserved for the spans of a new line (a wrapped line rarely has more: one with
  /// formulas, code and emphasis outgrew eight often enough to cost more than the room).
  static let spansPerLine = 16

  init(width: Int) {
    precondition(width > 1, "a line must hold at least two columns, got \(width)")
    self.width = width
    // Room for a paragraph's lines at once, rather than the array growing line by line.
    lines.reserveCapacity(8)
  }

  /// Lays out `pieces` and returns the lines.
  static func wrap(_ pieces: [Piece], width: Int, usesFastPath: Bool = true) -> [StyledLine] {
    var wrapper = LineWrapper(width: width)
    wrapper.usesFastPath = usesFastPath
    for piece in pieces { wrapper.add(piece) }
    return wrapper.finish()
  }

  mutating func add(_ piece: Piece) {
    switch piece {
    case .lineBreak:
      endWord()
      lines.append(current)
      current = StyledLine(capacity: LineWrapper.spansPerLine)
      gap.empty()
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
    guard span.text.containsUTF8(0x20) else {
      appendToWord(span)
      return
    }
    // Printable ASCII, the common case, is one column per byte: words are measured by
    // counting their bytes instead of by `DisplayWidth`.
    let isPrintableASCII = span.text.isPrintableASCII
    if usesFastPath && (isPrintableASCII || Self.isOneColumnPerScalar(span.text)) {
      if word.isEmpty || bytes.first == 0x20 {
        addBreakableASCII(span, isASCII: isPrintableASCII)
        return
      }
      // The span goes on with the word being collected: its first word joins that word, as
      // below, and the rest, which starts with a space, takes the fast path.
      let space = bytes.firstIndex(of: 0x20)!
      appendToWord(piece(of: span, bytes[..<space], isPrintableASCII: isPrintableASCII))
      // The rest is read in the span's own bytes, from the space on, not copied out.
      addBreakableASCII(
        span, from: bytes.distance(from: bytes.startIndex, to: space), isASCII: isPrintableASCII)
      return
    }
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
        gap.append(Span(safe: String(repeated: " ", count: spaces), span.style, width: spaces))
        gapWidth += spaces
      }
      start = index
    }
    if start < bytes.endIndex {
      appendToWord(piece(of: span, bytes[start...], isPrintableASCII: isPrintableASCII))
    }
  }

  /// Whether every scalar of `text` is printable ASCII or in one of the blocks whose scalars
  /// are one column and a character of their own (`DisplayWidth.isOneColumn`: dashes and
  /// quotes such as `—` and `’`, Greek, arrows, operators): then a run of text is as many
  /// columns as it has scalars.
  static func isOneColumnPerScalar(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy {
      ($0.value >= 0x20 && $0.value < 0x7F) || DisplayWidth.isOneColumn($0.value)
    }
  }

  /// The columns of text that `isOneColumnPerScalar` accepts: its scalars, counted as the
  /// bytes that start one (all but `10xxxxxx` continuation bytes).
  static func columns<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
    bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  /// `addBreakable` for printable ASCII, or text that `isOneColumnPerScalar` accepts, with the
  /// same lines (`StyledLine.==`: the same runs of text): words are byte ranges of the span, and the words that land on one line are
  /// appended to it as one run of text (they and the spaces between them are contiguous in the
  /// span), instead of one span per word and per gap.
  ///
  /// Lays out the span's text from byte `start` on. Requires that no word is being collected
  /// (`word` is empty) or that the text from `start` begins with a space, which ends that word.
  private mutating func addBreakableASCII(_ span: Span, from start: Int = 0, isASCII: Bool) {
    // Read in the string's own storage: a copy of its bytes would cost an allocation a span.
    var source = span.text
    source.withUTF8 {
      addBreakableASCII(
        UnsafeBufferPointer(rebasing: $0[start...]), style: span.style, isASCII: isASCII)
    }
  }

  /// `addBreakableASCII(_:isASCII:)` on the UTF-8 bytes of the span's text.
  private mutating func addBreakableASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, style: TextStyle, isASCII: Bool
  ) {
    let count = bytes.count
    // Columns of a range of `bytes`: one per byte for ASCII, one per scalar otherwise.
    func columns(_ range: Range<Int>) -> Int {
      isASCII ? range.count : Self.columns(bytes[range])
    }
    endWord()
    // Bytes of this span placed on `current` but not yet appended to it.
    var placed: Range<Int>?
    // The columns of `placed`.
    var placedWidth = 0
    // The spaces of this span before the next word, when they count as a gap (the line is
    // not empty); the spaces of earlier pieces are in `gap`.
    var spaces: Range<Int>?
    func text(_ range: Range<Int>) -> Span {
      Span(
        safe: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), style,
        width: columns(range))
    }
    var index = 0
    while index < count {
      let start = index
      if bytes[index] == 0x20 {
        while index < count && bytes[index] == 0x20 { index += 1 }
        if !current.spans.isEmpty || placed != nil { spaces = start..<index }
        continue
      }
      // The end of the word: the next space, found by C's `memchr` (the plain loop,
      // `while index < count && bytes[index] != 0x20 { index += 1 }`, costs a few
      // instructions a byte).
      index =
        memchr(bytes.baseAddress! + index, 0x20, count - index).map {
          UnsafeRawPointer($0) - UnsafeRawPointer(bytes.baseAddress!)
        } ?? count
      guard index < count else {
        // The last word may go on in the next piece: hand it over as `addBreakable` would.
        if let range = placed { current.append(text(range)) }
        if let range = spaces {
          gap.append(text(range))
          gapWidth += range.count
        }
        appendToWord(text(start..<index))
        return
      }
      let wordWidth = columns(start..<index)
      let lineIsEmpty = current.spans.isEmpty && placed == nil
      let lineWidth = current.width + placedWidth
      let gapColumns = lineIsEmpty ? 0 : gapWidth + (spaces?.count ?? 0)
      if lineWidth + gapColumns + wordWidth <= width {
        if let range = placed {
          placed = range.lowerBound..<index
          placedWidth += (spaces?.count ?? 0) + wordWidth
        } else {
          if !lineIsEmpty { for span in gap { current.append(span) } }
          placed = (lineIsEmpty ? start : spaces?.lowerBound ?? start)..<index
          placedWidth = (lineIsEmpty ? 0 : spaces?.count ?? 0) + wordWidth
        }
      } else {
        if let range = placed { current.append(text(range)) }
        placed = nil
        placedWidth = 0
        if !current.spans.isEmpty {
          lines.append(current)
          current = StyledLine(capacity: LineWrapper.spansPerLine)
        }
        if wordWidth <= width {
          placed = start..<index
          placedWidth = wordWidth
        } else {
          word = [text(start..<index)]
          splitLongWord()
          word.empty()
        }
      }
      if !gap.isEmpty { gap.empty() }
      gapWidth = 0
      spaces = nil
    }
    // The span ended with spaces: they are the gap before whatever comes next.
    if let range = placed { current.append(text(range)) }
    if let range = spaces {
      gap.append(text(range))
      gapWidth += range.count
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
      word.empty()
      wordWidth = 0
      if !gap.isEmpty { gap.empty() }
      gapWidth = 0
    }
    if current.spans.isEmpty && !gap.isEmpty {
      gap.empty()
      gapWidth = 0
    }
    if current.width + gapWidth + wordWidth <= width {
      for span in gap { current.append(span) }
      for span in word { current.append(span) }
      return
    }
    if !current.spans.isEmpty {
      lines.append(current)
      current = StyledLine(capacity: LineWrapper.spansPerLine)
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
          current = StyledLine(capacity: LineWrapper.spansPerLine)
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
    var current = StyledLine(capacity: spansPerLine)
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
          current = StyledLine(capacity: LineWrapper.spansPerLine)
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

extension [Span] {
  /// Removes every span and keeps the storage, as `removeAll(keepingCapacity: true)` does, one
  /// span at a time: the wrapper's word and gap hold a span or two, and the standard library's
  /// version goes through a generic `replaceSubrange`, several times the cost.
  fileprivate mutating func empty() {
    while popLast() != nil {}
  }
}
