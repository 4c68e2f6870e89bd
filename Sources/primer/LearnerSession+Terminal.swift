import Base
import Course
import LearnerState
import Session

extension LearnerSession {
  /// Loads the course and prepares the workspace. Says on standard error when the workspace
  /// was just created (unless `quiet`), when a corrupt progress file was set aside, and which
  /// lessons were left out for an invalid exercise id.
  static func open(_ course: CourseOptions, _ options: WorkspaceOptions, quiet: Bool = false)
    throws -> LearnerSession
  {
    let session = try LearnerSession.open(try course.catalog(), workspace: options.location)
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
