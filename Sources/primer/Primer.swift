import ArgumentParser
import Course
import Rendering

@main
struct Primer: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "primer",
    abstract: "Learn how generative transformers work by building one, in Swift.",
    discussion: """
      Run `primer` alone to see the course, `primer read 1` to read the first lesson.
      Lessons are found in ./Lessons, beside the executable, or where --lessons or
      $PRIMER_LESSONS points.
      """,
    subcommands: [ListCommand.self, ReadCommand.self, LintCommand.self, RefCommand.self, ExportCommand.self]
  )

  @OptionGroup var course: CourseOptions

  func run() throws {
    let catalog = try course.catalog()
    let style = Terminal.style(width: nil, forceColor: nil)
    print(CourseOverview.render(catalog, style: style), terminator: "")
  }
}

/// Where to find the lessons; shared by every command that reads them.
struct CourseOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("The folder holding the lesson files.", valueName: "dir"))
  var lessons: String?

  func catalog() throws -> Catalog {
    let directory = try Catalog.locateLessons(explicit: lessons)
    return try Catalog.load(directory: directory)
  }
}
