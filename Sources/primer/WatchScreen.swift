import Base
import Course
import Grading
import LearnerState
import Rendering
import Session

/// What `primer watch` shows: one screen per grade, cleared and redrawn from the top on a
/// terminal: where the learner stands, the exercise and what to write (its signature and
/// summary), the verdict, and the keys. Hints are added under the screen until the next grade.
/// On a terminal the screens are drawn on its alternate screen (`KeyReader` switches to it and
/// back), so the learner's own screen and scrollback are untouched. Without a terminal (a pipe,
/// an editor's task runner) nothing is cleared: each screen follows the last after a blank line.
final class WatchScreen {
  let session: LearnerSession
  /// Whether the screen is cleared before each grade: standard output is a terminal that
  /// understands it.
  let clears = WatchScreen.redraws
  let interactive: Bool
  /// Said at the top of the next screen: that an exercise passed.
  private var banner: String?

  /// Whether standard output is a terminal that can clear its screen (and show an alternate
  /// one): `TERM` is set and is not `dumb`.
  static var redraws: Bool {
    let term = Terminal.variable("TERM") ?? ""
    return Terminal.isTerminal && term != "dumb" && !term.isEmpty
  }

  init(session: LearnerSession, interactive: Bool) {
    self.session = session
    self.interactive = interactive
  }

  /// The style now: the width is asked for each screen, so a resized window is followed.
  private var style: TerminalStyle { Terminal.style(width: nil, forceColor: nil) }

  func perform(_ action: Watcher.Action, watcher: Watcher) {
    switch action {
    case .show(let id):
      // The banner stays until the exercise's first verdict.
      startScreen(id, watcher: watcher, keepBanner: true)
      write(wrap("Save \(session.workspace.file(for: id)) to check it."))
      write(keys)
    case .celebrate(let id):
      banner =
        style.paint("✓", .green) + " `\(id)` passed! Compare with the reference: "
        + "`primer solution \(id)`."
    case .hint(let id):
      guard let exercise = session.syllabus.entry(id: id)?.exercise else { return }
      do {
        write("\n" + (try HintCommand.text(for: exercise, in: session.workspace)))
      } catch {
        write("\n" + wrap("\(error)"))
      }
    case .listHints(let id):
      guard let exercise = session.syllabus.entry(id: id)?.exercise else { return }
      let seen = session.progress().exercises[id]?.hintsUsed ?? 0
      write("\n" + HintCommand.seenText(for: exercise, seen: seen))
    case .fileMissing(let id):
      write(
        "\n"
          + wrap(
            "\(session.workspace.file(for: id)) is gone. `primer reset \(id)` puts the starter "
              + "code back."))
    case .noOtherExercise(let id):
      write("\n" + wrap("`\(id)` is the only exercise left to solve."))
    case .allPassed:
      if let banner { write(banner + "\n") }
      write(
        "\n"
          + wrap(
            "Every exercise has passed (\(watcher.passedCount)/\(watcher.order.count)). "
              + "Well done!"))
    case .showKeys:
      write(keys)
    case .grade, .gradeIfStarted, .quit:
      break
    }
  }

  /// Whether `id`'s file differs from the starter code: worth grading without waiting for a
  /// save.
  func isStarted(_ id: String) -> Bool {
    guard let entry = session.syllabus.entry(id: id) else { return false }
    let status = session.workspace.status(of: entry, in: session.progress())
    return status == .started || status == .failed
  }

  /// Starts the screen of a grade of `id`.
  func grading(_ id: String, watcher: Watcher) {
    startScreen(id, watcher: watcher, keepBanner: true)
    write(style.paint("Checking \(session.workspace.file(for: id))…", .dim) + "\n")
  }

  /// Grades `id`'s file and records the verdict in progress.
  func grade(_ id: String, with grader: any ExerciseGrader) -> Verdict {
    guard let exercise = session.syllabus.entry(id: id)?.exercise else {
      preconditionFailure("watch: \(id) is not an exercise of the course")
    }
    var verdict: Verdict
    do {
      verdict = try grader.grade(exercise, file: session.workspace.file(for: id), seed: nil)
    } catch {
      verdict = .internalError(error)
      verdict.exercise = id
    }
    if verdict.status != .internalError {
      do {
        try session.workspace.progressStore.record(verdict, for: id)
      } catch {
        write("warning: \(error.description)\n")
      }
    }
    return verdict
  }

  func show(_ verdict: Verdict, for id: String, watcher: Watcher) {
    let file = session.workspace.file(for: id)
    // Drawn again from the top: the grader may have written to the screen meanwhile.
    if clears { startScreen(id, watcher: watcher) }
    write(VerdictText(style: style, setting: .watch).render(verdict, file: file, next: nil))
    if verdict.status != .passed { write("\n" + keys) }
  }

  /// Clears the screen (on a terminal) and writes the top of a screen about `id`: the banner,
  /// the progress, the exercise's title, signature and summary. The banner is said once, unless
  /// `keepBanner`.
  private func startScreen(_ id: String, watcher: Watcher, keepBanner: Bool = false) {
    // Home and clear the (alternate) screen: it holds one grade, from the top. Not the
    // scrollback (`ESC[3J`): some terminals clear the main screen's with it.
    write(clears ? "\u{1B}[H\u{1B}[2J" : "\n")
    if let banner {
      write(wrap(banner) + "\n")
      if !keepBanner { self.banner = nil }
    }
    let style = self.style
    write(
      style.paint(
        "primer watch · " + session.progressLine(watcher.passedCount, current: id), .dim) + "\n")
    guard let entry = session.syllabus.entry(id: id) else { return }
    write(style.paint(wrap("\(id): \(entry.exercise.title)"), .bold))
    let signature = entry.exercise.signature
    if !signature.isEmpty {
      write(wrap("Write: " + signature.joined(separator: "; ")))
    }
    if let summary = entry.exercise.declaration.field("summary") {
      write(wrap(summary, indent: "       "))
    }
    write("\n")
  }

  private var keys: String {
    style.paint(
      interactive
        ? "Keys: h hint · l hints seen · n next exercise · r re-run · q quit"
        : "Watching for saves; Ctrl-C quits.", .dim) + "\n"
  }

  private func wrap(_ text: String, indent: String = "") -> String {
    MessageWrapping.wrap(text, width: style.width, indent: indent).joined(separator: "\n") + "\n"
  }

  private func write(_ text: String) {
    Terminal.writeOut(text)
  }
}
