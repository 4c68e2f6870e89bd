import Course
import Pictures

/// The walker behind `TerminalRenderer`.
struct TerminalVisitor {
  let lesson: Lesson
  let style: TerminalStyle
  /// For each top-level `exercise` block (by index): its hints; for each `starter`: its exercise.
  let exerciseContext: ExerciseContext
  /// The outputs of the lesson's cells by number (from 1); a cell without one shows its code.
  let cells: [Int: CellOutput]

  /// Containers narrower than this stop indenting their content, so deep nesting never makes a
  /// line wider than the terminal.
  static let minimumContentWidth = 12

  init(lesson: Lesson, style: TerminalStyle, cells: [Int: CellOutput] = [:]) {
    self.lesson = lesson
    self.style = style
    self.cells = cells
    self.exerciseContext = ExerciseContext(lesson.blocks)
  }

  func visitLesson() -> [StyledLine] {
    let width = style.layoutWidth
    var lines: [StyledLine] = []
    let hasTitle = lesson.blocks.contains {
      if case .heading(let heading) = $0 { return heading.level == 1 }
      return false
    }
    if !hasTitle && !lesson.title.isEmpty {
      lines += visitHeading(
        Heading(level: 1, content: [.text(lesson.title)], location: .init(line: 1, column: 1)),
        width: width)
    }
    for (index, block) in lesson.blocks.enumerated() {
      let rendered = visit(block, width: width, topLevelIndex: index)
      guard !rendered.isEmpty else { continue }
      if !lines.isEmpty { lines.append(.empty) }
      lines += rendered
    }
    return lines
  }

  func visit(_ blocks: [Block], width: Int, separated: Bool = true) -> [StyledLine] {
    var lines: [StyledLine] = []
    for block in blocks {
      let rendered = visit(block, width: width, topLevelIndex: nil)
      guard !rendered.isEmpty else { continue }
      if !lines.isEmpty && separated { lines.append(.empty) }
      lines += rendered
    }
    return lines
  }

  func visit(_ block: Block, width: Int, topLevelIndex: Int?) -> [StyledLine] {
    switch block {
    case .heading(let heading): visitHeading(heading, width: width)
    case .paragraph(let content): visitParagraph(content, width: width)
    case .list(let list): visitList(list, width: width, depth: 0)
    case .blockQuote(let children): visitBlockQuote(children, width: width)
    case .code(let code): visitCode(code.code, language: code.language, width: width)
    case .displayMath(let tex): visitDisplayMath(tex, width: width)
    case .thematicBreak: visitThematicBreak(width: width)
    case .html(let html): visitHTML(html, width: width)
    case .directive(let directive): visitDirective(directive, width: width, index: topLevelIndex)
    }
  }

  // MARK: Blocks

  func visitHeading(_ heading: Heading, width: Int) -> [StyledLine] {
    let base: TextStyle
    let marker: String?
    switch heading.level {
    case 1: (base, marker) = (.heading1, nil)
    case 2: (base, marker) = (.heading2, nil)
    case 3: (base, marker) = (.heading3, "▸ ")
    default: (base, marker) = (TextStyle(bold: true, italic: true), "▹ ")
    }
    var pieces: [LineWrapper.Piece] = marker.map { [.unbreakable(Span($0, base))] } ?? []
    pieces += visitInlines(heading.content, base: base)
    var lines = LineWrapper.wrap(pieces, width: width)
    if heading.level <= 2 {
      let ruleWidth = max(1, lines.map(\.width).max() ?? 1)
      lines.append(
        StyledLine.rule(heading.level == 1 ? "═" : "─", count: ruleWidth, .rule))
    }
    return lines
  }

  func visitParagraph(_ content: [Inline], width: Int) -> [StyledLine] {
    LineWrapper.wrap(visitInlines(content, base: .plain), width: width)
  }

  /// A list with hanging indents: bullets `•`, `◦`, `▪` by depth, numbers right-aligned.
  func visitList(_ list: List, width: Int, depth: Int) -> [StyledLine] {
    let markers: [String]
    if let start = list.start {
      let numbers = list.items.indices.map { String(start + $0) + "." }
      let widest = numbers.map(\.count).max() ?? 0
      markers = numbers.map { String(repeating: " ", count: widest - $0.count) + $0 + " " }
    } else {
      let bullet = ["•", "◦", "▪"][depth % 3]
      markers = list.items.map { _ in bullet + " " }
    }
    var lines: [StyledLine] = []
    for (item, marker) in zip(list.items, markers) {
      if !lines.isEmpty && !list.isTight { lines.append(.empty) }
      let markerSpan = Span(marker, list.isOrdered ? .plain : .dim)
      let indent = markerSpan.width
      guard width - indent >= Self.minimumContentWidth else {
        // Too narrow to indent: the marker stands on its own line above the item.
        lines.append(StyledLine([markerSpan]))
        lines += visitListItem(item, width: width, depth: depth, isTight: list.isTight)
        continue
      }
      var content = visitListItem(item, width: width - indent, depth: depth, isTight: list.isTight)
      if content.isEmpty { content = [.empty] }
      let hanging = Span(safe: String(repeating: " ", count: indent), .plain, width: indent)
      for index in content.indices {
        if index > 0 && content[index].isEmpty {
          content[index] = .empty
        } else {
          content[index] = content[index].prefixed(by: [index == 0 ? markerSpan : hanging])
        }
      }
      lines += content
    }
    return lines
  }

  /// The blocks of one list item; in a tight list a nested list follows its text directly.
  private func visitListItem(_ item: [Block], width: Int, depth: Int, isTight: Bool) -> [StyledLine]
  {
    var lines: [StyledLine] = []
    for block in item {
      var isNestedList = false
      let rendered: [StyledLine]
      if case .list(let nested) = block {
        isNestedList = true
        rendered = visitList(nested, width: width, depth: depth + 1)
      } else {
        rendered = visit(block, width: width, topLevelIndex: nil)
      }
      guard !rendered.isEmpty else { continue }
      if !lines.isEmpty && !(isTight && isNestedList) { lines.append(.empty) }
      lines += rendered
    }
    return lines
  }

  func visitBlockQuote(_ children: [Block], width: Int) -> [StyledLine] {
    guard width - 2 >= Self.minimumContentWidth else { return visit(children, width: width) }
    let bar = Span("│ ", .dim)
    let emptyBar = Span("│", .dim)
    let content = visit(children, width: width - 2)
    let quoted = TextStyle(italic: true)
    return content.map { line in
      guard !line.isEmpty else { return StyledLine([emptyBar]) }
      var styled = line
      styled.spans = styled.spans.map { span in
        var span = span
        span.style = span.style + quoted
        return span
      }
      return styled.prefixed(by: [bar])
    }
  }

  /// A code block: highlighted when it is Swift, laid out by `CodeLayout` (indented, no gutter,
  /// a line too wide cut rather than wrapped; whole and bare into a pipe).
  func visitCode(_ code: String, language: String, width: Int, label: String? = nil) -> [StyledLine]
  {
    var source = code
    if source.hasSuffix("\n") { source.removeLast() }
    return CodeLayout.lines(
      SwiftHighlighter.highlightedLines(source, language: language), label: label, width: width,
      whole: style.wholeCode)
  }

  /// A formula on its own lines, centred as a block; one too wide is broken into lines.
  func visitDisplayMath(_ tex: String, width: Int) -> [StyledLine] {
    var lines: [StyledLine] = []
    let spans = UnicodeMath.renderLines(tex: tex).map { Span($0, .math) }
    let widest = spans.map(\.width).max() ?? 0
    for span in spans {
      if widest <= width {
        let padding = (width - widest) / 2
        lines.append(
          StyledLine([
            Span(safe: String(repeating: " ", count: padding), .plain, width: padding), span,
          ]))
      } else if spans.count == 1 {
        // Too wide: broken before operators, never inside a token (`FormulaBreaking`).
        lines += FormulaBreaking.lines(span.text, width: width).map { StyledLine($0, .math) }
      } else {
        // A matrix drawn over several lines that does not fit: its one-line form, broken.
        let linear = UnicodeMath.render(tex: tex)
        return FormulaBreaking.lines(linear, width: width).map { StyledLine($0, .math) }
      }
    }
    return lines
  }

  func visitThematicBreak(width: Int) -> [StyledLine] {
    [StyledLine.rule("─", count: width, .rule)]
  }

  /// Raw HTML is shown as the text it is, dimmed, never passed to the terminal.
  func visitHTML(_ html: String, width: Int) -> [StyledLine] {
    var source = html
    while source.hasSuffix("\n") { source.removeLast() }
    return source.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
      LineWrapper.hardWrap([Span(String(line), .dim)], width: width)
    }
  }
}
