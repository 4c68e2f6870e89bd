import Base

/// A run of text in one style, its width measured once.
struct Span: Hashable, Sendable {
  /// Safe text: `TerminalText.escape` has replaced every control character, and line feeds and
  /// tabs are spaces.
  var text: String
  var style: TextStyle
  var width: Int

  /// A span of lesson text; control characters are made visible.
  init(_ text: String, _ style: TextStyle = .plain) {
    let shown = TerminalText.escape(text)
    let isOneLine = !shown.unicodeScalars.contains { $0 == "\n" || $0 == "\t" }
    self.text =
      isOneLine
      ? shown
      : String(
        String.UnicodeScalarView(
          shown.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }))
    self.style = style
    self.width = DisplayWidth.of(self.text)
  }

  /// A span of text already known to be safe, with its width.
  init(safe text: String, _ style: TextStyle, width: Int) {
    self.text = text
    self.style = style
    self.width = width
  }
}

/// One line of terminal output: spans and their total width in columns.
struct StyledLine: Hashable, Sendable {
  var spans: [Span] = []
  var width = 0

  init() {}

  init(_ spans: [Span]) {
    self.spans = spans
    self.width = spans.reduce(0) { $0 + $1.width }
  }

  init(_ text: String, _ style: TextStyle = .plain) {
    self.init([Span(text, style)])
  }

  static let empty = StyledLine()

  /// A rule: `count` copies of `character`, a one-column box-drawing character (`─`, `═`),
  /// so the width is known without measuring.
  static func rule(_ character: Character, count: Int, _ style: TextStyle) -> StyledLine {
    StyledLine([Span(safe: String(repeating: character, count: count), style, width: count)])
  }

  var isEmpty: Bool { spans.allSatisfy { $0.text.isEmpty } }

  /// Appends `span` (an empty one adds nothing).
  ///
  /// Spans of the same style are not joined into one string: a line may hold a span per word
  /// or per run of words. Joining would copy the line's text again at every word and give
  /// many lines a heap string of their own; the output is the same either way, since escape
  /// sequences are written only where the style changes (`write`), and two lines are equal
  /// when they show the same runs (`==`).
  mutating func append(_ span: Span) {
    guard !span.text.isEmpty else { return }
    spans.append(span)
    width += span.width
  }

  /// The line as it shows: its non-empty spans, those of one style in a row joined into one.
  var runs: [Span] {
    var runs: [Span] = []
    for span in spans where !span.text.isEmpty {
      if let last = runs.indices.last, runs[last].style == span.style {
        runs[last].text += span.text
        runs[last].width += span.width
      } else {
        runs.append(span)
      }
    }
    return runs
  }

  /// Two lines are equal when they show the same text in the same styles at the same width,
  /// however that text is divided into spans.
  static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
    lhs.width == rhs.width && lhs.runs == rhs.runs
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(width)
    hasher.combine(runs)
  }

  mutating func append(contentsOf line: StyledLine) {
    for span in line.spans { append(span) }
  }

  /// This line with `prefix` in front.
  func prefixed(by prefix: [Span]) -> StyledLine {
    var line = StyledLine(prefix)
    line.append(contentsOf: self)
    return line
  }

  /// This line padded with spaces to `columns`.
  func padded(to columns: Int) -> StyledLine {
    guard width < columns else { return self }
    var line = self
    line.append(
      Span(safe: String(repeating: " ", count: columns - width), .plain, width: columns - width))
    return line
  }

  /// Appends the line's text to `output`, with escape sequences for its styles when `color`
  /// is on. Every style and hyperlink is closed at the end of the line, so a pager showing any
  /// slice of the output shows it correctly.
  func write(to output: inout String, color: Bool) {
    guard color else {
      for span in spans { output += span.text }
      return
    }
    var current = TextStyle.plain
    for span in spans {
      if span.style != current {
        if current.link != nil && span.style.link != current.link { output += Self.closeLink }
        var visible = span.style
        visible.link = nil
        var previous = current
        previous.link = nil
        if visible != previous {
          output += visible.isPlain ? "\u{1B}[0m" : visible.selectGraphicRendition
        }
        if let link = span.style.link, link != current.link { output += Self.openLink(link.url) }
        current = span.style
      }
      output += span.text
    }
    if current.link != nil { output += Self.closeLink }
    var visible = current
    visible.link = nil
    if !visible.isPlain { output += "\u{1B}[0m" }
  }

  private static let closeLink = "\u{1B}]8;;\u{1B}\\"

  private static func openLink(_ url: String) -> String {
    "\u{1B}]8;;" + urlForHyperlink(url) + "\u{1B}\\"
  }

  /// A URL safe inside an OSC 8 sequence: printable ASCII only, anything else percent-encoded.
  static func urlForHyperlink(_ url: String) -> String {
    var result = ""
    for byte in url.utf8 {
      if byte > 0x20 && byte < 0x7F {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        result += "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return result
  }
}
