/// Makes the lesson model of what cmark reads, as the walk meets it: expands math
/// placeholders, turns Primer fences into directives, and notes unknown fence kinds.
struct LessonBuilder: CommonMarkRewriter {
  let formulas: [MathExtraction.Formula]
  var problems: [(SourceLocation, String)] = []
  /// Whether exercise and plot bodies are read for lines that are not `key: value`.
  var readsMalformedFields = true

  init(formulas: [MathExtraction.Formula]) { self.formulas = formulas }

  /// A run of text: its placeholders become `.math`, the rest `.text`.
  func appendText(_ text: UnsafeBufferPointer<UInt8>, to inlines: inout [Inline]) {
    if MathExtraction.containsPlaceholder(text) {
      expandPlaceholders(text, into: &inlines)
    } else {
      inlines.append(.text(String(decoding: text, as: UTF8.self)))
    }
  }

  /// A line that starts with a continuation mark stood inside a formula: the line break before
  /// it is dropped with the mark.
  func continuation(after text: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !text.isEmpty, MathExtraction.mark(in: text, at: 0) == MathExtraction.continuation
    else { return nil }
    return 3
  }

  /// A paragraph that is one displayed formula is that formula.
  func paragraph(_ content: [Inline]) -> Block {
    if content.count == 1, case .math(let tex, true) = content[0] { return .displayMath(tex) }
    return .paragraph(content)
  }

  /// `block` as the walk would have made it: the plain twin of the walk with this builder.
  mutating func rebuild(_ block: Block, topLevel: Bool) -> Block {
    switch block {
    case .heading(var heading):
      heading.content = rebuild(heading.content)
      return .heading(heading)
    case .paragraph(let content):
      return paragraph(rebuild(content))
    case .list(var list):
      list.items = list.items.map { $0.map { self.rebuild($0, topLevel: false) } }
      return .list(list)
    case .blockQuote(let children):
      return .blockQuote(children.map { self.rebuild($0, topLevel: false) })
    case .code(let code):
      return codeBlock(code, topLevel: topLevel)
    case .displayMath, .thematicBreak, .html, .directive:
      return block
    }
  }

  /// Inlines as the walk would have made them: adjacent text joined and handed to
  /// `appendText`, and a line break dropped with the mark of the text after it.
  private func rebuild(_ content: [Inline]) -> [Inline] {
    var result: [Inline] = []
    var text = ""
    func flushText() {
      guard !text.isEmpty else { return }
      text.withUTF8 { appendText($0, to: &result) }
      text = ""
    }
    func marks(startingLineOf text: String) -> Int? {
      var text = text
      return text.withUTF8 { self.continuation(after: $0) }
    }
    var index = 0
    while index < content.count {
      defer { index += 1 }
      switch content[index] {
      case .text(let piece):
        text += piece
      case .softBreak:
        if index + 1 < content.count, case .text(let next) = content[index + 1],
          let marks = marks(startingLineOf: next)
        {
          index += 1
          text += String(decoding: next.utf8.dropFirst(marks), as: UTF8.self)
          continue
        }
        flushText()
        result.append(.softBreak)
      case .emphasis(let children):
        flushText()
        result.append(.emphasis(rebuild(children)))
      case .strong(let children):
        flushText()
        result.append(.strong(rebuild(children)))
      case .link(let destination, let title, let children):
        flushText()
        result.append(.link(destination: destination, title: title, content: rebuild(children)))
      case .image(let source, let title, let alt):
        flushText()
        result.append(.image(source: source, title: title, alt: rebuild(alt)))
      case let other:
        flushText()
        result.append(other)
      }
    }
    flushText()
    return result
  }

  mutating func codeBlock(_ code: CodeBlock, topLevel: Bool) -> Block {
    let info = InfoString(code.language)
    if let kind = Directive.Kind(rawValue: info.kind) {
      if !topLevel {
        problems.append(
          (
            code.location,
            "```\(kind.rawValue) block is nested inside a list or quote; Primer blocks must stand at the top level"
          ))
      }
      for malformed in info.malformed {
        problems.append(
          (
            code.location,
            "cannot read `\(malformed)` in the fence's info string; write key=value or key=\"a value\""
          ))
      }
      let directive = Directive(
        kind: kind, argument: info.argument, attributes: info.attributes, body: code.code,
        location: code.location)
      if readsMalformedFields && (kind == .exercise || kind == .plot) {
        for (offset, line) in directive.fields.malformed {
          problems.append(
            (
              SourceLocation(line: code.location.line + 1 + offset, column: 1),
              "line `\(line)` in the ```\(kind.rawValue) block is not `key: value`"
            ))
        }
      }
      return .directive(directive)
    }
    if info.kind == "math" { return .displayMath(code.code.trimmingWhitespace().description) }
    // An array looked through, not the set: the set's type would be instantiated at run time
    // (some 150,000 instructions) for this one look-up.
    if !LessonParser.codeLanguageList.contains(info.kind) {
      let kinds = Directive.Kind.allCases.map(\.rawValue).joined(separator: ", ")
      problems.append(
        (
          code.location,
          "unknown block kind `\(info.kind)`; Primer blocks are \(kinds), and code blocks may be \(LessonParser.codeLanguages.filter { !$0.isEmpty }.sorted().joined(separator: ", "))"
        ))
    }
    var shown = code
    shown.language = info.kind
    return .code(shown)
  }

  /// Splits `text` at its placeholders (`U+E000`, the formula's index, `U+E001`) into text
  /// and math, dropping continuation marks and empty text.
  ///
  /// The scan is over UTF-8 bytes: each mark is one scalar of three bytes starting with `0xEE`,
  /// a byte that never continues another character, so a match is always the mark itself.
  private func expandPlaceholders(_ bytes: UnsafeBufferPointer<UInt8>, into result: inout [Inline])
  {
    var current: [UInt8] = []
    current.reserveCapacity(bytes.count)
    func flush() {
      if !current.isEmpty { result.append(.text(String(decoding: current, as: UTF8.self))) }
      current.removeAll(keepingCapacity: true)
    }
    var index = 0
    while index < bytes.count {
      let mark = MathExtraction.mark(in: bytes, at: index)
      if mark == MathExtraction.continuation {
        index += 3
        continue
      }
      guard mark == MathExtraction.start else {
        // Text, or a byte of a stray end mark (kept as text), up to the next byte that can
        // start a mark: copied at once.
        let end = ByteScan.index(of: 0xEE, in: bytes, from: index + 1)
        current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        index = end
        continue
      }
      index += 3
      let digitsStart = index
      while index < bytes.count && MathExtraction.mark(in: bytes, at: index) != MathExtraction.end {
        index += 1
      }
      let number = MathExtraction.decimal(
        UnsafeBufferPointer(rebasing: bytes[digitsStart..<index]))
      index = min(index + 3, bytes.count)
      flush()
      if let number, formulas.indices.contains(number) {
        result.append(.math(formulas[number].tex, display: formulas[number].display))
      }
    }
    flush()
  }
}
