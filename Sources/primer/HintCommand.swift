import ArgumentParser
import Course
import LearnerState
import Rendering
import Session

struct HintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hint",
    abstract: "Show one more hint for an exercise.",
    discussion: """
      The first time shows hint 1, the next time hint 2, and so on, from gentle to
      nearly the answer. Your progress records how many hints you used.
      """)

  @OptionGroup var course: CourseOptions
  @OptionGroup var workspace: WorkspaceOptions

  @Argument(help: "The exercise: its id or a unique prefix.")
  var exercise: String

  @Flag(help: "Show again the hints you have seen, without taking a new one.")
  var seen = false

  func run() throws {
    let session = try LearnerSession.open(course, workspace, exercise: exercise)
    let exercise = try session.entry(named: self.exercise).exercise
    if seen {
      let count = session.progress().exercises[exercise.id]?.hintsUsed ?? 0
      print(HintCommand.seenText(for: exercise, seen: count), terminator: "")
    } else {
      print(try HintCommand.text(for: exercise, in: session.workspace), terminator: "")
    }
  }

  /// The hints of `exercise` already seen, the first `seen`, ready to print; none is taken.
  static func seenText(for exercise: Exercise, seen: Int) -> String {
    let total = exercise.hints.count
    guard seen > 0 else {
      return wrapped(
        total == 0
          ? "`\(exercise.id)` has no hints."
          : "No hints seen yet for `\(exercise.id)`; it has \(total).")
    }
    return (1...min(seen, total)).map { number in
      rendered(number, of: total, exercise.id, exercise.hints[number - 1].body)
    }.joined(separator: "\n")
  }

  /// Hint `number` as it is printed: its heading, then its Markdown rendered.
  private static func rendered(_ number: Int, of total: Int, _ id: String, _ markdown: String)
    -> String
  {
    var lesson = LessonParser.parse(markdown, path: "hint \(number)").lesson
    lesson.metadata.title = ""
    let style = Terminal.style(width: nil, forceColor: nil)
    return style.paint("Hint \(number) of \(total) for `\(id)`:", .bold) + "\n\n"
      + TerminalRenderer.render(lesson, style: style)
  }

  /// Takes the next hint for `exercise` and says it, ready to print.
  static func text(for exercise: Exercise, in workspace: Workspace) throws -> String {
    switch try workspace.nextHint(for: exercise) {
    case .noHints:
      return wrapped(
        "`\(exercise.id)` has no hints. Read its lesson again, and the failing check's "
          + "message: it says what was expected.")
    case .noMoreHints(let total):
      return wrapped(
        "No more hints for `\(exercise.id)`: you have seen all \(total). Once your code "
          + "passes, `primer solution \(exercise.id)` shows the reference solution.")
    case .hint(let number, let total, let markdown):
      var text = rendered(number, of: total, exercise.id, markdown)
      if number == total {
        text +=
          "\n"
          + wrapped(
            "That was the last hint. Once your code passes, "
              + "`primer solution \(exercise.id)` shows the reference solution.")
      }
      return text
    }
  }

  /// `message` wrapped to the terminal's width, ending with a line break.
  private static func wrapped(_ message: String) -> String {
    let width = Terminal.style(width: nil, forceColor: nil).width
    return MessageWrapping.wrap(message, width: width).joined(separator: "\n") + "\n"
  }
}
