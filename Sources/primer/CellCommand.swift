import Base
import Cells
import Course
import Grading

/// What `read`, `try` and `export` share about cells: the runner, and progress on a terminal.
enum CellSupport {
  /// The runner of cells, or nil (with the reason) when no grader can be made: no `swiftc`,
  /// no sandbox, no kit sources.
  static func runner(lessons: String) -> (runner: CellRunner?, problem: String?) {
    do {
      let grader = try Grader(
        kitSources: try KitSources.locate(lessons: lessons), cache: Grader.defaultCache())
      return (CellRunner(grader: grader), nil)
    } catch {
      return (nil, "\(error)")
    }
  }

  /// Says on standard error, when it is a terminal, which cell runs: `Running cell 2 of 5…`
  /// (the first run builds the kit once).
  static func progress(prepared: Bool) -> (Int, Int) -> Void {
    guard isatty(STDERR_FILENO) == 1 else { return { _, _ in } }
    return { done, count in
      let first = done == 0 && !prepared ? " (the first builds the kit, about 20 s)" : ""
      Terminal.writeError("\r\u{1B}[KRunning cell \(done + 1) of \(count)\(first)…")
    }
  }

  /// Clears the progress line.
  static func endProgress() {
    if isatty(STDERR_FILENO) == 1 { Terminal.writeError("\r\u{1B}[K") }
  }
}
