import Base
import Course
import Grading

/// What `primer watch` prints: the exercise, each verdict, hints and the keys.
struct WatchScreen {
  let session: LearnerSession
  /// Clear the screen before each grade, on a terminal that understands it.
  let clears: Bool

  init(session: LearnerSession) {
    self.session = session
    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    clears = Terminal.isTerminal && term != "dumb" && !term.isEmpty
  }

  func perform(_ action: Watcher.Action, watcher: Watcher, interactive: Bool) {
    switch action {
    case .show(let id):
      // Not cleared: after a pass, the verdict stays above the next exercise.
      write(header(id, watcher: watcher))
      write("Save \(session.workspace.file(for: id)) to check it.\n")
      write(keys(interactive))
    case .celebrate(let id):
      write(
        "\n✓ `\(id)` passed! Compare with the reference: primer solution \(id)\n\n")
    case .hint(let id):
      guard let exercise = session.syllabus.entry(id: id)?.exercise else { return }
      do {
        write("\n" + (try HintCommand.text(for: exercise, in: session.workspace)))
      } catch {
        write("\n\(error)\n")
      }
    case .fileMissing(let id):
      write(
        "\n\(session.workspace.file(for: id)) is gone. `primer reset \(id)` puts the starter "
          + "code back.\n")
    case .noOtherExercise(let id):
      write("\n`\(id)` is the only exercise left to solve.\n")
    case .allPassed:
      write(
        "\nEvery exercise has passed (\(watcher.passedCount)/\(watcher.order.count)). Well done!\n")
    case .showKeys:
      write(keys(interactive))
    case .grade, .quit:
      break
    }
  }

  func grading(_ id: String, watcher: Watcher) {
    if clears {
      write("\u{1B}[2J\u{1B}[H")
      write(header(id, watcher: watcher))
    } else {
      write("\n")
    }
    write("Checking \(session.workspace.file(for: id))…\n")
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

  func show(_ verdict: Verdict, for id: String, watcher: Watcher, interactive: Bool) {
    let file = session.workspace.file(for: id)
    let next = session.syllabus.nextUnpassed(after: id, session.progress())
    write(VerdictText.render(verdict, file: file, next: next?.id))
    var passed = watcher.passedCount
    if verdict.status == .passed && !watcher.passed.contains(id) { passed += 1 }
    write(session.progressLine(passed, current: id) + "\n")
    if verdict.status != .passed { write(keys(interactive)) }
  }

  private func header(_ id: String, watcher: Watcher) -> String {
    let title = session.syllabus.entry(id: id)?.exercise.title ?? id
    return "primer watch · \(session.progressLine(watcher.passedCount, current: id))\n"
      + "Exercise `\(id)`: \(title)\n\n"
  }

  private func keys(_ interactive: Bool) -> String {
    interactive
      ? "Keys: h hint · n next exercise · r re-run · q quit\n"
      : "Watching for saves; Ctrl-C quits.\n"
  }

  private func write(_ text: String) {
    Terminal.writeOut(text)
  }
}
