import ArgumentParser
import Course
import Rendering
import Session

struct SolutionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "solution",
    abstract: "Show an exercise's reference solution, once your code passes.",
    discussion: """
      Compare it with yours: there is often more than one good way. With --force it
      is shown before you pass, and your progress records that you looked. Into a
      file or a pipe it is the Swift code alone: `primer solution ID > mine.swift`.
      """)

  @OptionGroup var course: CourseOptions
  @OptionGroup var workspace: WorkspaceOptions

  @Argument(help: "The exercise: its id or a unique prefix.")
  var exercise: String

  @Flag(help: "Show it even though the exercise has not passed (recorded in your progress).")
  var force = false

  func run() throws {
    let session = try LearnerSession.open(course, workspace, exercise: exercise)
    let exercise = try session.entry(named: self.exercise).exercise
    let passed = session.progress().exercises[exercise.id]?.passed == true
    let code = try session.workspace.solution(for: exercise, force: force)
    if Terminal.isTerminal {
      let style = Terminal.style(width: nil, forceColor: nil)
      let lesson = Lesson(
        metadata: Metadata(id: "solution", title: "", order: 0, summary: ""),
        blocks: [.code(CodeBlock(language: "swift", code: code, location: exercise.location))],
        path: "")
      print(style.paint("Reference solution for `\(exercise.id)` (\(exercise.title)):", .bold))
      print()
      print(TerminalRenderer.render(lesson, style: style), terminator: "")
    } else {
      // Into a file or a pipe: the code alone, so that `> mine.swift` compiles.
      print(code.hasSuffix("\n") ? code : code + "\n", terminator: "")
    }
    if !passed {
      Terminal.printError(
        "Shown before your code passed; your progress records it. "
          + "Try writing it yourself now, then check it with `primer run \(exercise.id)`.")
    }
  }
}
