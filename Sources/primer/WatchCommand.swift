import ArgumentParser
import Base
import Course
import Grading
import LearnerState
import Session

struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Check the current exercise every time you save it; move on when it passes.",
    discussion: """
      Watches the first exercise not yet passed (or EXERCISE), grades it when its
      file is saved, and moves on to the next one when it passes (grading it at once
      if you have already started it). On a terminal each grade gets a clean
      screen, drawn on the terminal's alternate screen: yours and its scrollback
      come back when watch ends. Keys: h next hint, l hints seen, n next exercise,
      r re-run, q quit. Without a terminal on standard input there are no keys:
      Ctrl-C quits. The file is polled (modification time, size, inode), so it works
      on network file systems.
      """)

  @OptionGroup var course: CourseOptions
  @OptionGroup var workspace: WorkspaceOptions

  @Argument(help: "The exercise to start with (default: the first one not passed).")
  var exercise: String?

  @Option(help: "How often to look at the file, in milliseconds.")
  var interval = 300

  func validate() throws {
    if interval < 20 || interval > 10_000 {
      throw ValidationError(
        "--interval must be between 20 and 10000 milliseconds; got \(interval).")
    }
  }

  func run() throws {
    let session = try LearnerSession.open(course, workspace, exercise: exercise)
    guard !session.syllabus.entries.isEmpty else {
      throw WorkspaceError.noExercises(lessons: session.catalog.directory)
    }
    let start = try exercise.map { try session.syllabus.exercise(named: $0).id }
    let progress = session.progress()
    let ids = session.syllabus.exercises.map(\.id)
    var watcher = Watcher(
      order: ids, passed: Set(ids.filter { progress.exercises[$0]?.passed == true }),
      start: start)
    var grader: (any ExerciseGrader)?
    // On a terminal the screens go on its alternate screen, left however watch ends; a course
    // already done is said on the learner's screen at once.
    let keys = KeyReader(alternateScreen: WatchScreen.redraws && watcher.current != nil)
    defer { keys.restore() }
    let screen = WatchScreen(session: session, interactive: keys.isInteractive)

    var actions = watcher.handle(.started)
    while true {
      while !actions.isEmpty {
        let action = actions.removeFirst()
        switch action {
        case .grade(let id):
          let file = session.workspace.file(for: id)
          let stamp = FileStamp.of(file)
          screen.grading(id, watcher: watcher)
          if grader == nil { grader = try WatchCommand.grader(session) }
          let verdict = screen.grade(id, with: grader!)
          screen.show(verdict, for: id, watcher: watcher)
          actions += watcher.handle(.graded(passed: verdict.status == .passed, stamp: stamp))
        case .gradeIfStarted(let id):
          if screen.isStarted(id) { actions.insert(.grade(id), at: 0) }
        case .quit:
          return
        case .allPassed:
          // The last words stay: said on the learner's own screen.
          keys.restore()
          screen.perform(action, watcher: watcher)
        default:
          screen.perform(action, watcher: watcher)
        }
      }
      if let key = keys.next(timeout: interval) {
        actions = watcher.handle(.key(key))
      } else if let current = watcher.current {
        actions = watcher.handle(.polled(FileStamp.of(session.workspace.file(for: current))))
      }
    }
  }

  /// The exercise engine's grader; its first grade builds the kit (once: 14 s on an idle two-core machine).
  static func grader(_ session: LearnerSession) throws -> any ExerciseGrader {
    let grader = try Grader(
      kitSources: try KitSources.locate(lessons: session.catalog.directory),
      cache: Grader.defaultCache())
    if !grader.isPrepared { Terminal.printError("Preparing the grader (once)…") }
    return grader
  }
}
