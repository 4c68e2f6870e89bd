import Course

/// The walker behind `HTMLRenderer`: one `visit…` per kind of block, mirroring
/// `TerminalVisitor`; inlines in `HTMLVisitor+Inline.swift`, Primer blocks in
/// `HTMLVisitor+Directive.swift`.
struct HTMLVisitor {
  let lesson: Lesson
  let work: LearnerWork
  let options: HTMLRenderer.Options
  let exercises: ExerciseLayout
  let references: LessonReferences

  private(set) var contents: [HTMLRenderer.ContentsEntry] = []
  private var usedAnchors: Set<String> = []
  /// Search text collected so far, per section (the first has no heading: the lesson top).
  private var sections: [HTMLRenderer.SearchSection] = []

  init(lesson: Lesson, work: LearnerWork, options: HTMLRenderer.Options) {
    self.lesson = lesson
    self.work = work
    self.options = options
    self.exercises = ExerciseLayout(lesson)
    self.references = LessonReferences(pages: options.lessonPages)
    sections = [HTMLRenderer.SearchSection(anchor: "", heading: lesson.title, text: "")]
  }

  mutating func visitLesson() -> String {
    var output = ""
    let hasTitle = lesson.blocks.contains {
      if case .heading(let heading) = $0 { return heading.level == 1 }
      return false
    }
    if !hasTitle {
      output += visitHeading(
        Heading(level: 1, content: [.text(lesson.title)], location: .init(line: 1, column: 1)))
    }
    for (index, block) in lesson.blocks.enumerated() {
      output += visit(block, topLevelIndex: index)
      if let exercise = exercises.workAfter[index] {
        output += visitWork(exercise)
      }
    }
    return output
  }

  mutating func visit(_ blocks: [Block]) -> String {
    var output = ""
    for block in blocks { output += visit(block, topLevelIndex: nil) }
    return output
  }

  mutating func visit(_ block: Block, topLevelIndex: Int?) -> String {
    switch block {
    case .heading(let heading): return visitHeading(heading)
    case .paragraph(let content):
      addSearchText(PlainText.of(content))
      return "<p>" + visitInlines(content) + "</p>\n"
    case .list(let list): return visitList(list)
    case .blockQuote(let children): return "<blockquote>\n" + visit(children) + "</blockquote>\n"
    case .code(let code): return CodeHighlighting.block(code.code, language: code.language)
    case .displayMath(let tex):
      return "<div class=\"math-display\">" + MathMLRenderer.render(tex: tex, display: true)
        + "</div>\n"
    case .thematicBreak: return "<hr>\n"
    case .html(let html): return visitHTML(html)
    case .directive(let directive): return visitDirective(directive, index: topLevelIndex)
    }
  }

  // MARK: Blocks

  mutating func visitHeading(_ heading: Heading) -> String {
    let level = min(max(heading.level, 1), 6)
    let anchor = uniqueAnchor(heading.anchor.isEmpty ? "section" : heading.anchor)
    let title = PlainText.of(heading.content)
    if level == 2 || level == 3 {
      contents.append(.init(level: level, title: title, anchor: anchor))
    }
    if level <= 3 {
      sections.append(.init(anchor: anchor, heading: title, text: ""))
    }
    let tag = "h\(level)"
    let id = HTMLText.escape(anchor)
    // The permalink follows the text, as mdBook's and Jupyter Book's do; it is hidden from
    // screen readers' heading text by its own label.
    return "<" + tag + " id=\"" + id + "\">"
      + visitInlines(heading.content, linkingLessons: false)
      + " <a class=\"permalink\" href=\"#" + id + "\" aria-label=\"Link to this section\">#</a></"
      + tag + ">\n"
  }

  mutating func visitList(_ list: List) -> String {
    let tag = list.isOrdered ? "ol" : "ul"
    var output = "<" + tag
    if let start = list.start, start != 1 { output += " start=\"\(start)\"" }
    output += ">\n"
    for item in list.items {
      output += "<li>"
      if list.isTight, item.count >= 1 {
        // A tight list's paragraphs are shown without <p>, as CommonMark renders them.
        for block in item {
          if case .paragraph(let content) = block {
            addSearchText(PlainText.of(content))
            output += visitInlines(content) + "\n"
          } else {
            output += visit(block, topLevelIndex: nil)
          }
        }
      } else {
        output += visit(item)
      }
      output += "</li>\n"
    }
    return output + "</" + tag + ">\n"
  }

  /// Raw HTML from the lesson, never passed through: its source is shown as text under a
  /// visible note, so a reader sees what was there and nothing in it runs.
  func visitHTML(_ html: String) -> String {
    var source = html
    while source.hasSuffix("\n") { source.removeLast() }
    guard !source.isEmpty else { return "" }
    return
      "<div class=\"raw-html\"><div class=\"code-label\">raw HTML from the lesson, shown as text"
      + "</div><pre><code>" + HTMLText.escape(source) + "</code></pre></div>\n"
  }

  // MARK: Anchors and search text

  mutating func uniqueAnchor(_ base: String) -> String {
    var anchor = base
    var suffix = 1
    while usedAnchors.contains(anchor) {
      anchor = base + "-\(suffix)"
      suffix += 1
    }
    usedAnchors.insert(anchor)
    return anchor
  }

  mutating func addSearchText(_ text: String) {
    guard !text.isEmpty else { return }
    let last = sections.count - 1
    if !sections[last].text.isEmpty { sections[last].text += " " }
    sections[last].text += text
  }

  func searchSections() -> [HTMLRenderer.SearchSection] {
    sections.filter { !$0.text.isEmpty || !$0.anchor.isEmpty }
  }
}
