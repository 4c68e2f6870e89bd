import ArgumentParser
import Base
import Cells
import Course
import Grading
import Isolation
import LearnerState
import Pictures
import Rendering

struct TryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "try",
    abstract: "Run a lesson's notebook cell from your own copy of it, and change it.",
    discussion: """
      CELL is LESSON:N, the Nth cell of a lesson in reading order (`primer try 2:1`);
      LESSON is a number, an id or a unique prefix. The first time, the cell is copied
      to workspace/cells/LESSON-N.swift; after that your changes there are kept, and
      --reset puts the lesson's code back (your version goes to .primer/backups/). The
      copy is compiled with PrimerKit and the display library (show, plot, bars,
      heatmap), run in the sandbox, and its output printed. A cell with uses=EXERCISE
      runs your file for that exercise when it compiles, else the lesson's solution,
      and says which. Exit status 0 when the cell ran to the end, 1 when it did not
      compile, crashed or hit a limit.
      """)

  @OptionGroup var course: CourseOptions
  @OptionGroup var workspace: WorkspaceOptions

  @Argument(help: "The cell: LESSON:N, such as 2:1.")
  var cell: String

  @Flag(help: "Print the run as JSON: status, output, pictures, seconds, uses.")
  var json = false

  @Flag(help: "Put the lesson's code back in your copy first (keeping a backup of yours).")
  var reset = false

  @Flag(help: "Run the cell again every time you save your copy (q quits, r re-runs).")
  var watch = false

  @Option(help: "With --watch: how often to look at the file, in milliseconds.")
  var interval = 300

  func validate() throws {
    if json && watch { throw ValidationError("--json and --watch cannot be used together.") }
    if interval < 20 || interval > 10_000 {
      throw ValidationError(
        "--interval must be between 20 and 10000 milliseconds; got \(interval).")
    }
  }

  func run() throws {
    let directory = try Catalog.locateLessons(
      explicit: course.lessons, environment: CourseOptions.lessonsVariable)
    let index = try LessonIndex.load(directory: directory)
    let (lessonName, number) = try TryCommand.parse(cell)
    let lesson = try index.lesson(try index.entry(named: lessonName))
    let cells = lesson.cells
    guard (1...max(cells.count, 1)).contains(number), number <= cells.count else {
      throw CellError.noSuchCell(
        lesson: lesson.order == Int.max ? lesson.id : String(lesson.order), number: number,
        count: cells.count)
    }
    let chosen = cells[number - 1]
    let location = workspace.location
    let copy = try CellCopy.open(chosen, of: lesson, in: location, reset: reset)
    if !json {
      if let backup = copy.backup { Terminal.printError("Your version is saved in \(backup).") }
      if copy.created || reset {
        Terminal.printError("Copied cell \(number) of `\(lesson.id)` to \(copy.path).")
      }
      let reference = "\(lessonName):\(number)"
      switch copy.drift {
      case .renumbered(let now)?:
        Terminal.printError(
          "Note: \(copy.path) was copied from the cell that is now \(lessonName):\(now) "
            + "(the lesson has gained or lost a cell), and runs here as cell \(reference). "
            + "`primer try \(reference) --reset` copies this cell (yours is kept in "
            + ".primer/backups/).")
      case .edited?:
        Terminal.printError(
          "Note: the lesson's cell \(reference) has changed since \(copy.path) was copied; "
            + "yours runs as it is. `primer try \(reference) --reset` copies the new one "
            + "(yours is kept).")
      case nil:
        break
      }
    }
    let (found, problem) = CellSupport.runner(lessons: directory)
    guard let runner = found else {
      throw GradingError.sandboxFailed(detail: problem ?? "no grader")
    }
    let notebook = Notebook(index: index, workspace: location, runner: runner)
    if watch {
      try watchCell(chosen, lesson: lesson, copy: copy, notebook: notebook, runner: runner)
      return
    }
    let run = try runOnce(
      chosen, lesson: lesson, text: copy.text, notebook: notebook, runner: runner)
    if json {
      print(TryCommand.json(run, uses: chosen.uses))
    } else {
      print(
        TerminalRenderer.render(run.output, style: Terminal.style(width: nil, forceColor: nil)),
        terminator: "")
    }
    if run.status != .ran { throw ExitCode(1) }
  }

  private func runOnce(
    _ cell: Cell, lesson: Lesson, text: String, notebook: Notebook, runner: CellRunner
  ) throws -> CellRun {
    let source = try notebook.source(for: cell, of: lesson, code: text)
    if !runner.grader.isPrepared && !json {
      Terminal.printError("Preparing the grader (once, about 20 s)…")
    }
    // Asked for, so run afresh: a cell may draw random numbers or time itself.
    return try runner.run(source, reuse: false)
  }

  /// Runs the cell, then again on every save of the copy; `r` runs it again, `q` quits.
  private func watchCell(
    _ cell: Cell, lesson: Lesson, copy: CellCopy, notebook: Notebook, runner: CellRunner
  ) throws {
    let keys = KeyReader(alternateScreen: WatchScreen.redraws)
    defer { keys.restore() }
    let style = Terminal.style(width: nil, forceColor: nil)
    var stamp = FileStamp.of(copy.path)
    let location = workspace.location
    // Written straight to the descriptor: into a pipe, `print` would hold each run back until
    // the program ends.
    func show() throws {
      let text = (try? location.text(of: "cells/\(lesson.id)-\(cell.number)")) ?? nil
      var screen = WatchScreen.redraws ? "\u{1B}[H\u{1B}[2J" : ""
      guard let text else {
        Terminal.writeOut(
          screen + "\(copy.path) is gone: `primer try \(self.cell) --reset` makes it again.\n")
        return
      }
      Terminal.writeOut(screen + style.paint("Running \(copy.path)…", .dim) + "\n")
      let run = try runOnce(cell, lesson: lesson, text: text, notebook: notebook, runner: runner)
      screen = TerminalRenderer.render(run.output, style: style)
      let keysLine =
        keys.isInteractive
        ? "Watching \(copy.path): save it to run again. Keys: r re-run · q quit"
        : "Watching \(copy.path): save it to run again. Ctrl-C quits."
      Terminal.writeOut(screen + style.paint(keysLine, .dim) + "\n")
    }
    try show()
    while true {
      if let key = keys.next(timeout: interval) {
        switch key {
        case "q": return
        case "r": try show()
        default: Terminal.writeOut(style.paint("Keys: r re-run · q quit", .dim) + "\n")
        }
      } else {
        let now = FileStamp.of(copy.path)
        if now != stamp {
          stamp = now
          try show()
        }
      }
    }
  }

  /// `LESSON:N` split into the lesson's name and the cell's number.
  static func parse(_ text: String) throws(CellError) -> (String, Int) {
    guard let colon = text.lastIndex(of: ":"), let number = Int(text[text.index(after: colon)...]),
      number >= 1, colon != text.startIndex
    else { throw .badReference(TerminalText.escape(text)) }
    return (String(text[..<colon]), number)
  }

  /// The run as `primer try --json` prints it.
  static func json(_ run: CellRun, uses: String?) -> String {
    struct Picture: Encodable {
      var kind: String
      var title: String
    }
    struct Report: Encodable {
      var status: String
      var output: String
      var pictures: [Picture]
      var seconds: Double
      var error: String?
      var notes: [String]
      var uses: String?
    }
    let output = run.output
    var text: [String] = []
    var pictures: [Picture] = []
    for item in output.items {
      switch item {
      case .text(let lines): text.append(lines)
      case .picture(let picture, let title):
        let kind: String
        switch picture {
        case .lineChart: kind = "line-chart"
        case .barChart: kind = "bar-chart"
        case .heatMap: kind = "heat-map"
        }
        pictures.append(Picture(kind: kind, title: title))
      case .badRecord(let problem): text.append("cannot draw: " + problem)
      }
    }
    let report = Report(
      status: run.status.rawValue, output: text.joined(separator: "\n"), pictures: pictures,
      seconds: (run.seconds * 1000).rounded() / 1000, error: run.error, notes: output.notes,
      uses: uses)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: (try? encoder.encode(report)) ?? Data("{}".utf8), as: UTF8.self)
  }
}
