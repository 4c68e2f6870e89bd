import Course

/// The course at a glance, shown by `primer` and `primer list`: the lessons in order, each
/// with its number, title, one-line summary and exercise count, and what to type next.
public enum CourseOverview {
  /// The course's name, shown above the lessons.
  static let courseTitle = "Primer: how generative transformers work"

  /// What the overview suggests when the caller knows nothing about the learner's progress.
  public static let defaultNextSteps: [(command: String, meaning: String)] = [
    ("primer read 1", "start the first lesson"),
    ("primer list", "show this list again"),
    ("primer --help", "every command"),
  ]

  /// The overview of `catalog` as terminal text, ending with a newline.
  ///
  /// - Parameters:
  ///   - progress: one line on where the learner stands (`3/12 exercises passed`), shown
  ///     above the next steps; `nil` for none.
  ///   - next: the commands to suggest, with what each does.
  ///   - lessonProgress: for each lesson id, where the learner stands in it (`2 of 3 passed`),
  ///     shown instead of its exercise count.
  public static func render(
    _ catalog: Catalog, style: TerminalStyle, progress: String? = nil,
    next: [(command: String, meaning: String)] = defaultNextSteps,
    lessonProgress: [String: String] = [:]
  ) -> String {
    let width = style.layoutWidth
    var lines: [StyledLine] = []
    lines += LineWrapper.wrap([.text(Span(courseTitle, .heading1))], width: width)
    lines.append(
      StyledLine(String(repeating: "═", count: min(width, lines.map(\.width).max() ?? 0)), .rule))
    lines.append(.empty)
    if catalog.lessons.isEmpty {
      lines += LineWrapper.wrap(
        [.text(Span("No lessons found in \(catalog.directory).", .plain))], width: width)
    }
    let numbers = catalog.lessons.map { $0.order == Int.max ? "–" : String($0.order) }
    let numberWidth = numbers.map(\.count).max() ?? 1
    let indent = numberWidth + 2
    for (lesson, number) in zip(catalog.lessons, numbers) {
      let padded = String(repeating: " ", count: numberWidth - number.count) + number + "  "
      var title = StyledLine([Span(padded, .bold), Span(lesson.title, .heading2)])
      let exercises = lesson.exercises.count
      if let standing = lessonProgress[lesson.id] {
        title.append(Span("  " + standing, .dim))
      } else if exercises > 0 {
        title.append(Span("  " + (exercises == 1 ? "1 exercise" : "\(exercises) exercises"), .dim))
      }
      lines.append(LineWrapper.truncate(title, to: width))
      if !lesson.metadata.summary.isEmpty && width - indent >= 8 {
        let summary = LineWrapper.truncate(
          StyledLine(lesson.metadata.summary, .plain), to: width - indent)
        lines.append(summary.prefixed(by: [Span(String(repeating: " ", count: indent))]))
      }
    }
    lines.append(.empty)
    if let progress {
      lines += LineWrapper.wrap([.text(Span(progress, .plain))], width: width)
      lines.append(.empty)
    }
    lines.append(StyledLine("What next:", .bold))
    let commandWidth = next.map(\.command.count).max() ?? 0
    for (command, meaning) in next {
      let padded = command + String(repeating: " ", count: commandWidth - command.count) + "  "
      let line = StyledLine([Span("  "), Span(padded, .code), Span(meaning, .plain)])
      lines.append(LineWrapper.truncate(line, to: width))
    }
    return TerminalRenderer.write(lines, color: style.color)
  }
}
