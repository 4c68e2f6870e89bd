import Base
import Course
import LearnerState

/// What an exercise command works with: the course, its exercises in order, and the
/// workspace, made (or completed with new exercises' files) on first use.
///
/// Shared by every front end of the learner's exercises (`primer run`, `primer watch`, …). It
/// prints nothing: what the learner should be told on opening is in ``creationNote`` and
/// ``warnings``.
public struct LearnerSession {
  public var catalog: Catalog
  public var syllabus: Syllabus
  public var workspace: Workspace
  public var preparation: Workspace.Preparation
  /// What went wrong without stopping the session, in order: lessons left out for an invalid
  /// exercise id, exercises left without a file, a corrupt progress file set aside.
  public var warnings: [String]

  /// Prepares `workspace` for the course in `catalog`, and reads the progress file once so
  /// that a corrupt one is set aside and reported now, rather than in the middle of a command.
  public static func open(_ catalog: Catalog, workspace: Workspace) throws(WorkspaceError)
    -> LearnerSession
  {
    let syllabus = Syllabus(catalog)
    let preparation = try workspace.prepare(syllabus)
    var warnings = syllabus.excluded
    for id in preparation.skipped {
      warnings.append(
        "\(WorkspaceError.missingBlock(exercise: id, kind: "starter")) "
          + "It has no file in your workspace.")
    }
    if let problem = LearnerSession.loadProgress(workspace).warning {
      warnings.append(problem)
    }
    return LearnerSession(
      catalog: catalog, syllabus: syllabus, workspace: workspace, preparation: preparation,
      warnings: warnings)
  }

  /// `Created your workspace in ROOT/ with 3 exercise files.` when the workspace was just
  /// created; nil otherwise.
  public var creationNote: String? {
    guard preparation.createdWorkspace else { return nil }
    return "Created your workspace in \(workspace.root)/ with \(preparation.created.count) "
      + "exercise file\(preparation.created.count == 1 ? "" : "s")."
  }

  /// The progress so far; empty, with the reason, if it cannot be read.
  public func loadProgress() -> (progress: Progress, warning: String?) {
    LearnerSession.loadProgress(workspace)
  }

  private static func loadProgress(_ workspace: Workspace) -> (
    progress: Progress, warning: String?
  ) {
    do {
      return (try workspace.progressStore.load(), nil)
    } catch {
      return (Progress(), "\(error)")
    }
  }

  public func entry(named name: String) throws(WorkspaceError) -> Syllabus.Entry {
    let exercise = try syllabus.exercise(named: name)
    return syllabus.entry(id: exercise.id)!
  }

  /// `3/12 exercises passed · lesson 2`.
  public func progressLine(_ passed: Int, current: String?) -> String {
    var line = "\(passed)/\(syllabus.entries.count) exercises passed"
    if let current, let number = syllabus.entry(id: current)?.lessonNumber {
      line += " · lesson \(number)"
    }
    return line
  }
}
