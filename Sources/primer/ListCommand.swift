import ArgumentParser
import Base
import Course
import LearnerState

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the lessons of the course, with their exercises and your progress.",
    discussion: """
      Each exercise shows its status first (not started, started: your file differs
      from the starter code, failed, passed) and the hints you used; the last line
      counts the exercises passed. The workspace is read, never created.
      """)

  @OptionGroup var course: CourseOptions
  @OptionGroup var workspace: WorkspaceOptions

  @Flag(help: "Print the list as JSON, for scripts.")
  var json = false

  func run() throws {
    let catalog = try course.catalog()
    let workspace = self.workspace.location
    let syllabus = Syllabus(catalog)
    var progress = LearnerState.Progress()
    if workspace.exists {
      do {
        progress = try workspace.progressStore.load()
      } catch {
        Terminal.printError("warning: \(error)")
      }
    }
    let listing = CourseListing(catalog) { exercise in
      guard let entry = syllabus.entry(id: exercise.id) else { return ("not started", 0) }
      return (
        workspace.status(of: entry, in: progress).rawValue,
        progress.exercises[exercise.id]?.hintsUsed ?? 0
      )
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(listing)
      print(String(decoding: data, as: UTF8.self))
    } else {
      let style = Terminal.style(width: nil, forceColor: nil)
      print(ListText(style: style).render(listing), terminator: "")
    }
  }
}
