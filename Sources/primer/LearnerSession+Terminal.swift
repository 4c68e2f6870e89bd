import Base
import Course
import LearnerState
import Session

extension LearnerSession {
  /// Loads the course and prepares the workspace. Says on standard error when the workspace
  /// was just created (unless `quiet`), when a corrupt progress file was set aside, and which
  /// lessons were left out for an invalid exercise id.
  ///
  /// - Parameter exercise: the exercise the command was given, if any: a name that is no
  ///   exercise is reported before the workspace is touched, so a typo creates nothing.
  static func open(
    _ course: CourseOptions, _ options: WorkspaceOptions, exercise: String? = nil,
    quiet: Bool = false
  ) throws -> LearnerSession {
    let catalog = try course.catalog()
    if let exercise { _ = try Syllabus(catalog).exercise(named: exercise) }
    let session = try LearnerSession.open(catalog, workspace: options.location)
    if let note = session.creationNote, !quiet {
      Terminal.printError(note)
    }
    for warning in session.warnings {
      Terminal.printError("warning: \(warning)")
    }
    return session
  }

  /// The progress so far; empty (after a warning) if it cannot be read.
  func progress() -> LearnerState.Progress {
    let (progress, warning) = loadProgress()
    if let warning {
      Terminal.printError("warning: \(warning)")
    }
    return progress
  }
}
