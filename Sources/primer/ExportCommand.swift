import ArgumentParser
import Base
import Cells
import Course
import Export
import LearnerState
import Pictures

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the course and your work as a static HTML site that works offline.",
    discussion: """
      Writes an index with your progress, one page per lesson (maths as MathML,
      pictures as SVG, your latest code and verdict under each exercise) and the
      whole course on one page to print (print.html) to DIR. Open DIR/index.html in
      a browser: nothing needs a server or the network. With LESSON arguments, only
      those lessons are exported. DIR must be new, empty or an earlier export,
      unless --force. Each notebook cell shows the output kept from its last run (by
      `primer read` or `primer try`); --run-cells runs those never run first.
      """)

  @OptionGroup var course: CourseOptions

  @Option(
    name: .customLong("html"),
    help: ArgumentHelp("The folder to write the site to.", valueName: "dir"))
  var directory: String

  @Argument(help: "Lessons to export: id, number or unique prefix (default: all).")
  var lessonNames: [String] = []

  @OptionGroup var workspace: WorkspaceOptions

  @Flag(help: "Leave out your code and the reference solutions.")
  var noSolutions = false

  @Flag(help: "Replace the contents of DIR even if it holds other files.")
  var force = false

  @Flag(help: "Run the notebook cells that have no kept output (in the sandbox) first.")
  var runCells = false

  func run() throws {
    let catalog = try Catalog.load(
      directory: Catalog.locateLessons(explicit: course.lessons))
    var lessons = catalog.lessons
    if !lessonNames.isEmpty {
      var chosen: [Lesson] = []
      for name in lessonNames {
        let lesson = try catalog.lesson(named: name)
        if !chosen.contains(where: { $0.id == lesson.id }) { chosen.append(lesson) }
      }
      lessons = chosen
    }
    try SiteFolder.refuse(
      directory, ifItHolds: [workspace.location.root, catalog.directory])
    let work = try learnerWork(Syllabus(catalog))
    let exporter = SiteExporter(
      lessons: lessons, work: work,
      options: .init(solutions: !noSolutions, cells: cellOutputs(lessons, catalog.directory)))
    try SiteFolder.write(exporter.files(), to: directory, force: force)
    Terminal.printError(
      "Exported \(lessons.count) lesson\(lessons.count == 1 ? "" : "s") to \(directory); "
        + "open \(FilePath.join(directory, "index.html")) in a browser.")
  }

  /// The kept outputs of the lessons' cells, and with `--run-cells` the others run now.
  private func cellOutputs(_ lessons: [Lesson], _ directory: String) -> [String: [Int: CellOutput]]
  {
    guard lessons.contains(where: { !$0.cells.isEmpty }),
      let index = try? LessonIndex.load(directory: directory)
    else { return [:] }
    let runner = CellSupport.runner(lessons: directory).runner
    let location = workspace.location
    let notebook = Notebook(
      index: index, workspace: location.exists ? location : nil, runner: runner)
    var outputs: [String: [Int: CellOutput]] = [:]
    for lesson in lessons where !lesson.cells.isEmpty {
      outputs[lesson.id] = notebook.outputs(
        of: lesson, running: runCells,
        progress: CellSupport.progress(prepared: runner?.grader.isPrepared ?? true)
      ).filter { $0.value.status != .notRun }
    }
    CellSupport.endProgress()
    return outputs
  }

  /// The learner's work; none when there is no workspace (a fresh clone).
  private func learnerWork(_ syllabus: Syllabus) throws -> LearnerWork {
    let location = workspace.location
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: location.root, isDirectory: &isDirectory),
      isDirectory
    else {
      if let explicit = workspace.workspace {
        throw ValidationError("--workspace \(explicit) is not a folder.")
      }
      Terminal.printError(
        "note: there is no workspace in \(location.root)/, so the site shows the lessons "
          + "without your code or progress. Run it where `primer start` made your workspace, "
          + "or pass --workspace DIR.")
      return .none
    }
    return try LearnerWork.load(location, syllabus: syllabus)
  }
}
