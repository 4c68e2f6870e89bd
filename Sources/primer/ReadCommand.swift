import ArgumentParser
import Base
import Cells
import Course
import Pictures
import Rendering

struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Read a lesson in the terminal.",
    discussion: """
      LESSON is a lesson's id (neural-networks), its number (1) or a unique prefix
      (neur). Output goes through $PAGER (else `less -R`) when standard output is a
      terminal; it is plain text, without escape codes, when it is not or when
      NO_COLOR is set. Each notebook cell shows its output under its code: run in
      the sandbox the first time and kept (in the grader's cache) until the cell,
      the file it uses or the toolchain changes. --no-run shows kept outputs only.
      """)

  @OptionGroup var course: CourseOptions

  @Argument(help: "The lesson to read: id, number or unique prefix.")
  var lesson: String

  @Option(help: "Wrap text to this many columns (default: the terminal's width, else 80).")
  var width: Int?

  @Flag(help: "Print straight to standard output, without a pager.")
  var noPager = false

  @Flag(help: "Do not run cells: show the outputs kept from earlier runs, if any.")
  var noRun = false

  @OptionGroup var workspace: WorkspaceOptions

  func validate() throws {
    if let width, width < 20 || width > 1000 {
      throw ValidationError("--width must be between 20 and 1000 columns; got \(width).")
    }
  }

  func run() throws {
    // Only the lesson shown is parsed; the others are known by their front matter.
    let index = try LessonIndex.load(
      directory: try Catalog.locateLessons(
        explicit: course.lessons, environment: CourseOptions.lessonsVariable))
    let found = try index.lesson(try index.entry(named: lesson))
    let style = Terminal.style(width: width, forceColor: nil)
    let number = found.order == Int.max ? "" : "Lesson \(found.order) - "
    Terminal.show(
      TerminalRenderer.render(found, style: style, cells: cellOutputs(found, index)),
      pager: !noPager, title: number + found.title)
  }

  /// The outputs of the lesson's cells: kept ones, the others run now unless `--no-run`.
  private func cellOutputs(_ lesson: Lesson, _ index: LessonIndex) -> [Int: CellOutput] {
    guard !lesson.cells.isEmpty else { return [:] }
    let directory = FilePath.deletingLastComponent(lesson.path)
    let (runner, _) = CellSupport.runner(lessons: directory)
    let location = workspace.location
    let notebook = Notebook(
      index: index, workspace: location.exists ? location : nil, runner: runner)
    let outputs = notebook.outputs(
      of: lesson, running: !noRun,
      progress: CellSupport.progress(prepared: runner?.grader.isPrepared ?? true))
    CellSupport.endProgress()
    return outputs
  }
}
