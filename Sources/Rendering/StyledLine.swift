/// A run of text in one style, its width measured once.
struct Span: Hashable, Sendable {
  /// Safe text: `VisibleText.escaping` has replaced every control character.
  var text: String
  var style: TextStyle
  var width: Int

  /// A span of lesson text; control characters are made visible.
  init(_ text: String, _ style: TextStyle = .plain) {
    self.text = VisibleText.escaping(text)
    self.style = style
    self.width = DisplayWidth.of(self.text)
  }

  /// A span of lesson text for the line wrapper (`LineWrapper.Piece.text`), measured only when
  /// it has no space: the wrapper measures text with spaces word by word and never reads the
  /// width of such a span, so it is left 0 rather than measured twice.
  init(breakable text: String, _ style: TextStyle) {
    self.text = VisibleText.escaping(text)
    self.style = style
    self.width = self.text.containsUTF8(0x20) ? 0 : DisplayWidth.of(self.text)
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

  /// An empty line with room for `capacity` spans: a line that grows span by span from
  /// nothing reallocates its array at the first, second and third span.
  init(capacity: Int) {
    spans.reserveCapacity(capacity)
  }

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
    StyledLine([Span(safe: String(repeated: character, count: count), style, width: count)])
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
    line.spans.reserveCapacity(prefix.count + spans.count)
    line.append(contentsOf: self)
    return line
  }

  /// `StyledLine(spans).prefixed(by: prefix)` (spans joined as `append` joins them), made
  /// at once: in `spans`' own array when none of them is empty (a code line's spans, handed
  /// over by their only owner, get the bar in front without being copied).
  init(_ spans: consuming [Span], after prefix: Span) {
    var spans = spans
    guard !spans.contains(where: { $0.text.isEmpty }) else {
      var line = StyledLine(capacity: 1 + spans.count)
      line.spans.append(prefix)
      line.width = prefix.width
      for span in spans { line.append(span) }
      self = line
      return
    }
    spans.insert(prefix, at: 0)
    self.spans = spans
    width = spans.reduce(0) { $0 + $1.width }
  }

  /// `prefixed(by: [span])`, without the array: a list's marker or indent, a quote's bar and
  /// a code block's rule go in front of every line.
  func prefixed(by span: Span) -> StyledLine {
    var line = StyledLine(capacity: 1 + spans.count)
    line.spans.append(span)
    line.width = span.width
    line.append(contentsOf: self)
    return line
  }

  /// Puts `span` in front of this line: `self = prefixed(by: span)`, its plain twin, which a
  /// test holds it to, done in the line's own array when no span of it is empty (a wrapped line
  /// has room to spare), so a list's lines are not copied span by span, with a retain and a
  /// release for each, at every level of nesting.
  mutating func prefix(with span: Span) {
    guard !spans.contains(where: { $0.text.isEmpty }) else {
      self = prefixed(by: span)
      return
    }
    spans.insert(span, at: 0)
    width = spans.reduce(0) { $0 + $1.width }
  }

  /// This line padded with spaces to `columns`.
  func padded(to columns: Int) -> StyledLine {
    guard width < columns else { return self }
    var line = self
    line.append(
      Span(safe: String(repeated: " ", count: columns - width), .plain, width: columns - width))
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
    "\u{1B}]8;;" + VisibleText.urlForHyperlink(url) + "\u{1B}\\"
  }
}
