import ArgumentParser
import Course
import Pictures

struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check lesson files and report every problem as file:line:column: message.",
    discussion: """
      With no PATH, checks the course's lessons. A PATH may be a lesson file or a
      folder of them. Exits with status 1 when any problem is found.
      """)

  @OptionGroup var course: CourseOptions

  @Argument(help: "Lesson files or folders to check (default: the course).")
  var paths: [String] = []

  func run() throws {
    let targets = paths.isEmpty ? [try Catalog.locateLessons(explicit: course.lessons)] : paths
    let diagnostics = try Linter.lint(paths: targets, checkDirective: Pictures.problems(in:))
    for diagnostic in diagnostics { print(diagnostic) }
    if diagnostics.isEmpty {
      Terminal.printError("No problems found.")
    } else {
      let errors = diagnostics.filter { $0.severity == .error }.count
      let files = Set(diagnostics.map(\.path)).count
      Terminal.printError(
        "\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") (\(errors) error\(errors == 1 ? "" : "s")) in \(files) file\(files == 1 ? "" : "s")."
      )
      throw ExitCode(1)
    }
  }
}
