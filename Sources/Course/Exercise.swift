/// An exercise as a lesson declares it: an `exercise` directive and the `starter`,
/// `solution`, `checks`, `mistake` and `hint` directives that follow it.
public struct Exercise: Hashable, Sendable {
  public var id: String
  public var lessonID: String
  public var title: String
  public var location: SourceLocation
  /// The `exercise` directive itself (its body holds `key: value` fields).
  public var declaration: Directive
  public var starter: Directive?
  public var solution: Directive?
  public var checks: Directive?
  public var mistakes: [Directive]
  public var hints: [Directive]

  /// Groups the top-level directives of a lesson into exercises, and says what is malformed:
  /// a starter before any exercise, two solutions for one exercise, a mistake without a name, …
  static func collect(from blocks: [Block], lessonID: String) -> (
    exercises: [Exercise], problems: [(SourceLocation, String)]
  ) {
    var exercises: [Exercise] = []
    var problems: [(SourceLocation, String)] = []
    for block in blocks {
      guard case .directive(let directive) = block else { continue }
      switch directive.kind {
      case .exercise:
        guard let id = directive.argument, !id.isEmpty else {
          problems.append((directive.location, "`exercise` needs an id: write ```exercise my-id"))
          continue
        }
        if !Exercise.isValidID(id) {
          problems.append(
            (
              directive.location,
              "exercise id `\(id)` must be lower-case letters, digits and `-` (not first); "
                + "the lesson is left out of grading until it is fixed"
            ))
        }
        // Read once: `field` reads the block's body each time.
        let titleField = directive.field("title")
        let title = titleField ?? id
        if titleField == nil {
          problems.append(
            (directive.location, "exercise `\(id)` has no `title:` line in its block"))
        }
        exercises.append(
          Exercise(
            id: id, lessonID: lessonID, title: title, location: directive.location,
            declaration: directive, mistakes: [], hints: []))
      case .plot, .run:
        continue
      case .starter, .solution, .checks, .mistake, .hint:
        guard !exercises.isEmpty else {
          problems.append(
            (
              directive.location,
              "`\(directive.kind.rawValue)` block comes before any ```exercise block; declare the exercise first"
            ))
          continue
        }
        let last = exercises.count - 1
        switch directive.kind {
        case .starter:
          if exercises[last].starter != nil {
            problems.append(
              (
                directive.location,
                "exercise `\(exercises[last].id)` has a second `starter` block; keep one"
              ))
          }
          exercises[last].starter = directive
        case .solution:
          if exercises[last].solution != nil {
            problems.append(
              (
                directive.location,
                "exercise `\(exercises[last].id)` has a second `solution` block; keep one"
              ))
          }
          exercises[last].solution = directive
        case .checks:
          if exercises[last].checks != nil {
            problems.append(
              (
                directive.location,
                "exercise `\(exercises[last].id)` has a second `checks` block; put all checks in one"
              ))
          }
          exercises[last].checks = directive
        case .mistake:
          guard let name = directive.argument, !name.isEmpty else {
            problems.append(
              (directive.location, "`mistake` needs a name: write ```mistake no-max-shift"))
            continue
          }
          if directive.attribute("message")?.isEmpty ?? true {
            problems.append(
              (
                directive.location,
                "mistake `\(name)` has no message: write ```mistake \(name) message=\"what is wrong, and how to fix it\""
              ))
          }
          if exercises[last].mistakes.contains(where: { $0.argument == name }) {
            problems.append(
              (
                directive.location,
                "exercise `\(exercises[last].id)` has two mistakes named `\(name)`"
              ))
          }
          exercises[last].mistakes.append(directive)
        case .hint:
          exercises[last].hints.append(directive)
        case .exercise, .plot, .run:
          break
        }
      }
    }
    for exercise in exercises {
      if exercise.starter == nil {
        problems.append((exercise.location, "exercise `\(exercise.id)` has no ```starter block"))
      }
      if exercise.solution == nil {
        problems.append((exercise.location, "exercise `\(exercise.id)` has no ```solution block"))
      }
      if exercise.checks == nil {
        problems.append((exercise.location, "exercise `\(exercise.id)` has no ```checks block"))
      }
      for problem in exercise.equivalentMarkProblems() {
        problems.append((exercise.location, problem))
      }
    }
    return (exercises, problems)
  }

  /// Whether `id` may name a lesson or an exercise: `[a-z0-9][a-z0-9-]*`. Ids become file
  /// names (`workspace/ID.swift`, backups, run folders): no `/`, no `.`, no leading `-`, so an
  /// id can never lead out of the workspace or read as an option.
  public static func isValidID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, first != "-" else { return false }
    return id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }
}
