import ArgumentParser
import Base
import Course
import Isolation
import LearnerState
import Rendering

@main
struct Primer: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "primer",
    abstract: "Learn how generative transformers work by building one, in Swift.",
    discussion: """
      Run `primer` alone to see the course, `primer read 1` to read the first
      lesson. Lessons are found in ./Lessons, beside the executable, or where
      --lessons or $PRIMER_LESSONS points. Exit status: 0 done (an exercise
      passed), 1 not right yet (a check failed, lint found problems), 2 a wrong
      command line, 3 something else stopped the command.
      """,
    version: Primer.version,
    subcommands: [
      ListCommand.self, ReadCommand.self, StartCommand.self, RunCommand.self, WatchCommand.self,
      HintCommand.self, ResetCommand.self, TryCommand.self, SolutionCommand.self, VerifyCommand.self,
      LintCommand.self, RefCommand.self, GPTCommand.self, ExportCommand.self, GradeCommand.self,
    ]
  )

  @OptionGroup var course: CourseOptions
  @OptionGroup var workspace: WorkspaceOptions

  /// The version `primer --version` prints.
  static let version = "0.1.0"

  /// Runs the command line through ArgumentParser. Every error is reported by ``ErrorReport``, through
  /// `TerminalText.escape`: it may quote a lesson name, a path or what a learner's program printed.
  static func main() {
    Sandbox.closeGraderMemory()
    let commandLine = CommandLine.arguments.dropFirst()
    if let complaint = ErrorReport.unknownCommand(Array(commandLine)) {
      ErrorReport.exit(complaint, status: .usage)
    }
    var command: any ParsableCommand
    do {
      command = try parseAsRoot(Array(commandLine))
    } catch {
      ErrorReport.exitForCommandLine(error)
    }
    do {
      try command.run()
    } catch {
      ErrorReport.exit(for: error)
    }
  }

  func run() throws {
    let catalog = try course.catalog()
    let style = Terminal.style(width: nil, forceColor: nil)
    let (progress, next) = Primer.nextSteps(catalog, workspace.location)
    print(
      CourseOverview.render(
        catalog, style: style, progress: progress, next: next,
        lessonProgress: Primer.lessonProgress(catalog, workspace.location)),
      terminator: "")
  }

  /// For each lesson with exercises, `2 of 3 passed`; empty without a workspace.
  static func lessonProgress(_ catalog: Catalog, _ workspace: Workspace) -> [String: String] {
    guard workspace.exists, let progress = try? workspace.progressStore.load() else { return [:] }
    var standing: [String: String] = [:]
    for lesson in catalog.lessons where !lesson.exercises.isEmpty {
      let passed = lesson.exercises.filter { progress.exercises[$0.id]?.passed == true }.count
      standing[lesson.id] = "\(passed) of \(lesson.exercises.count) passed"
    }
    return standing
  }

  /// What to do next: `primer start` without a workspace, else the next exercise to solve.
  static func nextSteps(_ catalog: Catalog, _ workspace: Workspace) -> (
    progress: String?, next: [(command: String, meaning: String)]
  ) {
    let syllabus = Syllabus(catalog)
    guard !syllabus.entries.isEmpty else { return (nil, CourseOverview.defaultNextSteps) }
    guard workspace.exists else {
      return (
        nil,
        [
          ("primer read 1", "start the first lesson"),
          ("primer start", "create your workspace: one file per exercise"),
          ("primer --help", "every command"),
        ]
      )
    }
    let progress = (try? workspace.progressStore.load()) ?? LearnerState.Progress()
    let passed = syllabus.passedCount(progress)
    let line = "\(passed)/\(syllabus.entries.count) exercises passed."
    guard let exercise = syllabus.firstUnpassed(progress),
      let entry = syllabus.entry(id: exercise.id)
    else {
      return (line + " The course is done: well done!", [("primer list", "every exercise")])
    }
    var next: [(command: String, meaning: String)] = []
    if let number = entry.lessonNumber {
      next.append(("primer read \(number)", "read lesson \(number), \(entry.lessonTitle)"))
    }
    next.append(("primer run \(exercise.id)", "check \(workspace.file(for: exercise.id))"))
    next.append(("primer watch", "check it every time you save"))
    next.append(("primer list", "every exercise and where you stand"))
    return (line + " Next: \(exercise.title).", next)
  }
}

/// Where to find the lessons; shared by every command that reads them.
struct CourseOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("The folder holding the lesson files.", valueName: "dir"))
  var lessons: String?

  /// `PRIMER_LESSONS`, the one variable lessons are located by: passing it alone spares
  /// copying the whole environment into a dictionary.
  static var lessonsVariable: [String: String] {
    Terminal.variable("PRIMER_LESSONS").map { ["PRIMER_LESSONS": $0] } ?? [:]
  }

  func catalog() throws -> Catalog {
    let directory = try Catalog.locateLessons(
      explicit: lessons, environment: Self.lessonsVariable)
    return try Catalog.load(directory: directory)
  }
}
