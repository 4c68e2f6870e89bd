import ArgumentParser
import Course
import Grading
import Rendering

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

  func run() throws {
    let session = try LearnerSession.open(course, workspace)
    let exercise = try session.entry(named: self.exercise).exercise
    print(try HintCommand.text(for: exercise, in: session.workspace), terminator: "")
  }

  /// Takes the next hint for `exercise` and says it, ready to print.
  static func text(for exercise: Exercise, in workspace: Workspace) throws -> String {
    let style = Terminal.style(width: nil, forceColor: nil)
    switch try workspace.nextHint(for: exercise) {
    case .noHints:
      return "`\(exercise.id)` has no hints. Read its lesson again, and the failing check's "
        + "message: it says what was expected.\n"
    case .noMoreHints(let total):
      return "No more hints for `\(exercise.id)`: you have seen all \(total). Once your code "
        + "passes, `primer solution \(exercise.id)` shows the reference solution.\n"
    case .hint(let number, let total, let markdown):
      var lesson = LessonParser.parse(markdown, path: "hint \(number)").lesson
      lesson.metadata.title = ""
      var text = "Hint \(number) of \(total) for `\(exercise.id)`:\n\n"
      text += TerminalRenderer.render(lesson, style: style)
      if number == total {
        text +=
          "\nThat was the last hint. Once your code passes, "
          + "`primer solution \(exercise.id)` shows the reference solution.\n"
      }
      return text
    }
  }
}
