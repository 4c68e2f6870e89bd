/// Makes the lesson model of the blocks cmark reads: expands math placeholders, turns Primer
/// fences into directives, and notes unknown fence kinds.
struct LessonBuilder {
  let formulas: [MathExtraction.Formula]
  var problems: [(SourceLocation, String)] = []

  init(formulas: [MathExtraction.Formula]) { self.formulas = formulas }

  /// A paragraph that is one displayed formula is that formula.
  func paragraph(_ content: [Inline]) -> Block {
    if content.count == 1, case .math(let tex, true) = content[0] { return .displayMath(tex) }
    return .paragraph(content)
  }

  /// The lesson's form of `block`, one of cmark's; `topLevel` when it stands directly in the
  /// document.
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

  /// The lesson's form of inlines: adjacent text joined, its placeholders expanded, and a
  /// line break dropped when the line after it starts with a continuation mark (it stood
  /// inside a formula).
  private func rebuild(_ content: [Inline]) -> [Inline] {
    var result: [Inline] = []
    var text = ""
    func flushText() {
      guard !text.isEmpty else { return }
      appendText(text, to: &result)
      text = ""
    }
    var index = 0
    while index < content.count {
      defer { index += 1 }
      switch content[index] {
      case .text(let piece):
        text += piece
      case .softBreak:
        if index + 1 < content.count, case .text(let next) = content[index + 1],
          next.unicodeScalars.first == MathExtraction.continuation
        {
          index += 1
          text += String(next.unicodeScalars.dropFirst())
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
      if kind == .exercise || kind == .plot {
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
    if !LessonParser.codeLanguages.contains(info.kind) {
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

  /// Appends `text` split at its placeholders (`U+E000`, the formula's index, `U+E001`) into
  /// text and math, dropping continuation marks and empty text. Text without a placeholder is
  /// appended as it is.
  private func appendText(_ text: String, to result: inout [Inline]) {
    guard text.unicodeScalars.contains(MathExtraction.start) else {
      result.append(.text(text))
      return
    }
    var current = ""
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      switch scalar {
      case MathExtraction.continuation:
        continue
      case MathExtraction.start:
        let digits = scalars.prefix { $0 != MathExtraction.end }
        scalars = scalars.dropFirst(digits.count + 1)
        if !current.isEmpty { result.append(.text(current)) }
        current = ""
        if let number = Int(String(digits)), formulas.indices.contains(number) {
          result.append(.math(formulas[number].tex, display: formulas[number].display))
        }
      default:
        current.unicodeScalars.append(scalar)
      }
    }
    if !current.isEmpty { result.append(.text(current)) }
  }
}
