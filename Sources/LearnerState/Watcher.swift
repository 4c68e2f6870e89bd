/// The decisions of `primer watch`, as a state machine: events in (a file's stamp polled, a
/// grade finished, a key pressed), actions out (grade, show, hint, quit).
///
/// It does no I/O: the command polls the file, reads keys, grades and prints, feeding what
/// happened back through ``handle(_:)``. That keeps the loop's logic testable without a
/// terminal, a clock or a compiler.
///
/// The rules:
/// - The current exercise is graded when watching starts, when its file's stamp changes (a
///   save), and on `r`.
/// - When it passes, watching moves to the next exercise not yet passed, in course order,
///   wrapping round, and grades it at once if its file was already started; when none is left,
///   it says so and quits.
/// - `h` asks for the next hint, `l` lists the hints already seen, `n` moves to the next
///   exercise not yet passed (graded at once if started), `q` quits; any other key shows the
///   keys.
/// - After moving to an exercise, the first stamp polled is taken as it is: only a later
///   change counts as a save.
public struct Watcher: Sendable, Equatable {
  public enum Event: Sendable, Equatable {
    /// Watching begins.
    case started
    /// The current exercise's file has this stamp now (`nil`: there is no file).
    case polled(FileStamp?)
    /// A ``Action/grade(_:)`` finished; `stamp` is the file's stamp just before grading.
    case graded(passed: Bool, stamp: FileStamp?)
    /// A key was pressed.
    case key(Character)
  }

  public enum Action: Sendable, Equatable {
    /// Introduce the exercise now watched: what it is, its file, the keys, the progress.
    case show(String)
    /// Grade the exercise's file, show the verdict, and report back with ``Event/graded``.
    case grade(String)
    /// Say that the exercise passed.
    case celebrate(String)
    /// Show the exercise's next hint.
    case hint(String)
    /// Show again the hints of the exercise already seen.
    case listHints(String)
    /// Grade the exercise's file, as ``grade(_:)``, if the learner has already changed it from
    /// the starter code; else wait for a save.
    case gradeIfStarted(String)
    /// The exercise's file is gone: say how to get it back.
    case fileMissing(String)
    /// `n` was pressed but no other exercise is left to solve.
    case noOtherExercise(String)
    /// Every exercise has passed.
    case allPassed
    /// Show which keys do what.
    case showKeys
    case quit
  }

  /// The exercise ids in course order.
  public let order: [String]
  public private(set) var passed: Set<String>
  /// The exercise being watched; `nil` once every exercise has passed.
  public private(set) var current: String?
  /// The stamp of the current file when it was last graded or first seen; `.none` until then.
  private var lastStamp: FileStamp??

  /// - Parameters:
  ///   - order: the exercise ids in course order.
  ///   - passed: those already passed.
  ///   - start: the exercise to watch first; by default the first one not passed.
  public init(order: [String], passed: Set<String>, start: String? = nil) {
    precondition(start.map(order.contains) ?? true, "Watcher: unknown start exercise \(start!)")
    self.order = order
    self.passed = passed
    self.current = start ?? order.first { !passed.contains($0) }
  }

  /// How many of the exercises have passed.
  public var passedCount: Int { order.filter(passed.contains).count }

  /// Takes in one event and returns what to do, in order.
  public mutating func handle(_ event: Event) -> [Action] {
    if case .key(let key) = event, key == "q" || key == "Q" { return [.quit] }
    guard let current else { return event == .started ? [.allPassed, .quit] : [] }
    switch event {
    case .started:
      return [.show(current), .grade(current)]
    case .polled(let stamp):
      guard let last = lastStamp else {
        lastStamp = .some(stamp)
        return []
      }
      guard stamp != last else { return [] }
      lastStamp = .some(stamp)
      return stamp == nil ? [.fileMissing(current)] : [.grade(current)]
    case .graded(let didPass, let stamp):
      lastStamp = .some(stamp)
      guard didPass else { return [] }
      passed.insert(current)
      guard let next = nextUnpassed(after: current) else {
        self.current = nil
        return [.celebrate(current), .allPassed, .quit]
      }
      move(to: next)
      return [.celebrate(current), .show(next), .gradeIfStarted(next)]
    case .key(let key):
      switch key.lowercased() {
      case "h": return [.hint(current)]
      case "l": return [.listHints(current)]
      case "r": return [.grade(current)]
      case "n":
        guard let next = nextUnpassed(after: current) else { return [.noOtherExercise(current)] }
        move(to: next)
        return [.show(next), .gradeIfStarted(next)]
      case " ", "\n", "\r": return []
      default: return [.showKeys]
      }
    }
  }

  private mutating func move(to exercise: String) {
    current = exercise
    lastStamp = nil
  }

  /// The first exercise after `id` in course order, wrapping round, that has not passed.
  private func nextUnpassed(after id: String) -> String? {
    let index = order.firstIndex(of: id) ?? -1
    let rotated = order[(index + 1)...] + order[..<max(index, 0)]
    return rotated.first { !passed.contains($0) && $0 != id }
  }
}
