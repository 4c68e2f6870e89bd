import Base

/// `primer lint`: every problem in a set of lesson files, one `file:line:column: message` each.
public enum Linter {
  /// A check of directives that lives outside `Course` (a plot's spec is judged by the
  /// `Pictures` module, which `Course` does not depend on): one message per problem, each
  /// reported at the directive's line.
  public typealias DirectiveCheck = @Sendable (Directive) -> [String]

  /// Lints the given files and folders (a folder means its `*.md` files).
  ///
  /// Besides each file's own problems it reports what only shows across files: two lessons
  /// with the same id or order, and two exercises with the same id; and it warns of a
  /// paragraph that mixes subscript styles (see `SubscriptStyles`).
  ///
  /// `checkDirective`, if given, also checks every top-level directive.
  ///
  /// - Throws: `CourseError.unreadable` for a path that cannot be read.
  public static func lint(
    paths: [String], checkDirective: DirectiveCheck? = nil
  ) throws(CourseError) -> [Diagnostic] {
    var files: [String] = []
    for path in paths {
      if path.hasSuffix(".md") {
        files.append(path)
      } else {
        files += try LessonFiles.markdownFiles(in: path)
      }
    }
    var results: [LessonParser.Result] = []
    for file in files { results.append(try LessonFiles.parse(file)) }
    return lint(results, checkDirective: checkDirective)
  }

  /// Lints already parsed lessons (see `lint(paths:)`).
  public static func lint(
    _ results: [LessonParser.Result], checkDirective: DirectiveCheck? = nil
  ) -> [Diagnostic] {
    var diagnostics = results.flatMap(\.diagnostics)
    if let checkDirective {
      for lesson in results.map(\.lesson) {
        for case .directive(let directive) in lesson.blocks {
          for message in checkDirective(directive) {
            diagnostics.append(
              Diagnostic(path: lesson.path, location: directive.location, message: message))
          }
        }
      }
    }
    var lessonIDs: [String: String] = [:]
    var orders: [Int: String] = [:]
    var exerciseIDs: [String: (path: String, location: SourceLocation)] = [:]
    for result in results {
      let lesson = result.lesson
      let source = FileManager.default.contents(atPath: lesson.path).map {
        String(decoding: $0, as: UTF8.self)
      }
      diagnostics += SubscriptStyles.problems(in: lesson, source: source ?? "")
      let top = SourceLocation(line: 1, column: 1)
      if let other = lessonIDs[lesson.id] {
        diagnostics.append(Diagnostic(path: lesson.path, location: top, message: "lesson id `\(lesson.id)` is also used by \(other); ids must be unique"))
      } else {
        lessonIDs[lesson.id] = lesson.path
      }
      if lesson.order != Int.max {
        if let other = orders[lesson.order] {
          diagnostics.append(Diagnostic(path: lesson.path, location: top, message: "lesson order \(lesson.order) is also used by \(other); give each lesson its own number"))
        } else {
          orders[lesson.order] = lesson.path
        }
      }
      for exercise in lesson.exercises {
        if let other = exerciseIDs[exercise.id] {
          diagnostics.append(Diagnostic(path: lesson.path, location: exercise.location, message: "exercise id `\(exercise.id)` is also declared at \(other.path):\(other.location); exercise ids must be unique in the course"))
        } else {
          exerciseIDs[exercise.id] = (lesson.path, exercise.location)
        }
      }
    }
    return diagnostics.sorted()
  }
}
