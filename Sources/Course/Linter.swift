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
    // A cell may use an exercise of an earlier lesson that is not linted now: the lessons
    // beside the linted ones are read for their exercises.
    var course = results.map(\.lesson)
    let linted = Set(files.map(FilePath.tidy))
    for folder in Set(files.map(FilePath.deletingLastComponent)) {
      for file in (try? LessonFiles.markdownFiles(in: folder)) ?? []
      where !linted.contains(FilePath.tidy(file)) {
        if let result = try? LessonFiles.parse(file, checkingMath: false) {
          course.append(result.lesson)
        }
      }
    }
    return lint(results, checkDirective: checkDirective, course: course)
  }

  /// Lints already parsed lessons (see `lint(paths:)`).
  ///
  /// - Parameter course: the lessons a cell's `uses=` may name an exercise of; by default the
  ///   linted ones.
  public static func lint(
    _ results: [LessonParser.Result], checkDirective: DirectiveCheck? = nil,
    course: [Lesson]? = nil
  ) -> [Diagnostic] {
    var diagnostics = results.flatMap(\.diagnostics)
    diagnostics += cellProblems(results.map(\.lesson), course: course ?? results.map(\.lesson))
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
        diagnostics.append(
          Diagnostic(
            path: lesson.path, location: top,
            message: "lesson id `\(lesson.id)` is also used by \(other); ids must be unique"))
      } else {
        lessonIDs[lesson.id] = lesson.path
      }
      if lesson.order != Int.max {
        if let other = orders[lesson.order] {
          diagnostics.append(
            Diagnostic(
              path: lesson.path, location: top,
              message:
                "lesson order \(lesson.order) is also used by \(other); give each lesson its own number"
            ))
        } else {
          orders[lesson.order] = lesson.path
        }
      }
      for exercise in lesson.exercises {
        if let other = exerciseIDs[exercise.id] {
          diagnostics.append(
            Diagnostic(
              path: lesson.path, location: exercise.location,
              message:
                "exercise id `\(exercise.id)` is also declared at \(other.path):\(other.location); exercise ids must be unique in the course"
            ))
        } else {
          exerciseIDs[exercise.id] = (lesson.path, exercise.location)
        }
      }
    }
    return diagnostics.sorted()
  }

  /// A cell's `uses=` that names no exercise of the course, or one declared after the cell (a
  /// reader runs the cell before meeting it).
  static func cellProblems(_ lessons: [Lesson], course: [Lesson]) -> [Diagnostic] {
    var declared: [String: (lesson: Lesson, location: SourceLocation)] = [:]
    for lesson in course {
      for exercise in lesson.exercises where declared[exercise.id] == nil {
        declared[exercise.id] = (lesson, exercise.location)
      }
    }
    var diagnostics: [Diagnostic] = []
    for lesson in lessons {
      for cell in lesson.cells {
        guard let uses = cell.uses, !uses.isEmpty else { continue }
        guard let (owner, location) = declared[uses] else {
          let names = Suggestions.closest(to: uses, among: Array(declared.keys))
          let hint =
            names.isEmpty
            ? "" : " (did you mean \(names.map { "`\($0)`" }.joined(separator: " or "))?)"
          diagnostics.append(
            Diagnostic(
              path: lesson.path, location: cell.location,
              message: "`uses=\(uses)` names no exercise of the course\(hint)"))
          continue
        }
        let later =
          owner.id == lesson.id
          ? location.line > cell.location.line : owner.order > lesson.order
        if later {
          diagnostics.append(
            Diagnostic(
              path: lesson.path, location: cell.location,
              message:
                "`uses=\(uses)` names an exercise declared after this cell (\(owner.path):\(location)); move the cell after it"
            ))
        }
      }
    }
    return diagnostics
  }
}
