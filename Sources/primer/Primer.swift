import ArgumentParser
import Course
import Grading
import Rendering

@main
struct Primer: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "primer",
    abstract: "Learn how generative transformers work by building one, in Swift.",
    discussion: """
      Run `primer` alone to see the course, `primer read 1` to read the first
      lesson. Lessons are found in ./Lessons, beside the executable, or where
      --lessons or $PRIMER_LESSONS points.
      """,
    subcommands: [
      ListCommand.self, ReadCommand.self, StartCommand.self, RunCommand.self, WatchCommand.self,
      HintCommand.self, ResetCommand.self, SolutionCommand.self, VerifyCommand.self,
      LintCommand.self, RefCommand.self, GPTCommand.self, ExportCommand.self, GradeCommand.self,
    ]
  )

  @OptionGroup var course: CourseOptions
  @OptionGroup var workspace: WorkspaceOptions

  /// Runs the command line; `primer read` in its everyday shapes without ArgumentParser's
  /// start-up (see ``ReadArguments``), everything else, errors included, through it.
  static func main() {
    if let arguments = ReadArguments(CommandLine.arguments.dropFirst()),
      (try? ReadCommand.read(arguments)) != nil
    {
      return
    }
    main(nil)
  }

  func run() throws {
    let catalog = try course.catalog()
    let style = Terminal.style(width: nil, forceColor: nil)
    let (progress, next) = Primer.nextSteps(catalog, workspace.location)
    print(
      CourseOverview.render(catalog, style: style, progress: progress, next: next), terminator: "")
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
    let progress = (try? workspace.progressStore.load()) ?? Grading.Progress()
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
