import ArgumentParser
import Session

struct StartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "start",
    abstract: "Create your workspace: one Swift file per exercise, holding its starter code.",
    discussion: """
      Run it again after the course gains exercises: it adds their files and never
      touches yours. Every exercise command creates the workspace too, on first use.
      """)

  @OptionGroup var course: CourseOptions
  @OptionGroup var workspace: WorkspaceOptions

  @Argument(help: "An exercise to begin with (default: the first one not passed).")
  var exercise: String?

  func run() throws {
    let session = try LearnerSession.open(course, workspace, exercise: exercise, quiet: true)
    // A wrong name is reported before anything else is said.
    let chosen = try exercise.map { try session.syllabus.exercise(named: $0) }
    let root = session.workspace.root
    let preparation = session.preparation
    let created = preparation.created.count
    if preparation.createdWorkspace {
      print(
        "Created your workspace in \(root)/ with \(created) exercise file\(created == 1 ? "" : "s")."
      )
    } else if created > 0 {
      print(
        "Added \(created) file\(created == 1 ? "" : "s") for new exercises to \(root)/: "
          + preparation.created.joined(separator: ", ") + ".")
    } else {
      print("Your workspace \(root)/ is up to date.")
    }
    if !preparation.kept.isEmpty {
      print(
        "Your \(preparation.kept.count) existing file\(preparation.kept.count == 1 ? " was" : "s were") left as they were."
      )
    }
    guard let next = chosen ?? session.syllabus.firstUnpassed(session.progress()) else {
      print(
        session.syllabus.entries.isEmpty
          ? "The course has no exercises yet: read the lessons with `primer read 1`."
          : "Every exercise has passed. Well done!")
      return
    }
    let entry = session.syllabus.entry(id: next.id)!
    var rows: [(command: String, meaning: String)] = []
    if let number = entry.lessonNumber { rows.append(("primer read \(number)", "read the lesson")) }
    rows.append(("primer run \(next.id)", "check \(session.workspace.file(for: next.id))"))
    rows.append(("primer watch", "check it every time you save"))
    rows.append(("primer hint \(next.id)", "when you are stuck"))
    print("\nNext: \(next.title) (exercise `\(next.id)`).")
    print(commandTable(rows))
  }
}

/// Commands and what they do, aligned: `  primer run softmax   check your file`.
func commandTable(_ rows: [(command: String, meaning: String)]) -> String {
  let width = rows.map(\.command.count).max() ?? 0
  return rows.map { row in
    "  " + row.command + String(repeating: " ", count: width - row.command.count + 3) + row.meaning
  }.joined(separator: "\n")
}
