import ArgumentParser
import Session

struct ResetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reset",
    abstract: "Put an exercise's starter code back in its file, keeping a backup of yours.",
    discussion: """
      Your version is first copied to .primer/backups/EXERCISE-TIMESTAMP.swift in
      the workspace; the command says where.
      """)

  @OptionGroup var course: CourseOptions
  @OptionGroup var workspace: WorkspaceOptions

  @Argument(help: "The exercise: its id or a unique prefix.")
  var exercise: String

  func run() throws {
    let session = try LearnerSession.open(course, workspace, exercise: exercise)
    let entry = try session.entry(named: exercise)
    let reset = try session.workspace.reset(entry)
    let file = session.workspace.file(for: entry.exercise.id)
    if let backup = reset.backup {
      print("Restored the starter code in \(file).")
      print("Your version is saved in \(backup).")
    } else {
      print("\(file) holds the starter code (there was nothing of yours to back up).")
    }
  }
}
