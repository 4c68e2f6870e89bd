import Base
import Course
import LearnerState

/// What an exercise command works with: the course, its exercises in order, and the
/// workspace, made (or completed with new exercises' files) on first use.
struct LearnerSession {
  var catalog: Catalog
  var syllabus: Syllabus
  var workspace: Workspace
  var preparation: Workspace.Preparation

  /// Loads the course and prepares the workspace. Says on standard error when the workspace
  /// was just created, when a corrupt progress file was set aside, and which lessons were
  /// left out for an invalid exercise id.
  static func open(_ course: CourseOptions, _ options: WorkspaceOptions, quiet: Bool = false)
    throws -> LearnerSession
  {
    let catalog = try course.catalog()
    let syllabus = Syllabus(catalog)
    let workspace = options.location
    let preparation = try workspace.prepare(syllabus)
    if preparation.createdWorkspace && !quiet {
      Terminal.printError(
        "Created your workspace in \(workspace.root)/ with \(preparation.created.count) "
          + "exercise file\(preparation.created.count == 1 ? "" : "s").")
    }
    for excluded in syllabus.excluded {
      Terminal.printError("warning: \(excluded)")
    }
    for id in preparation.skipped {
      Terminal.printError(
        "warning: \(WorkspaceError.missingBlock(exercise: id, kind: "starter")) "
          + "It has no file in your workspace.")
    }
    checkProgress(workspace)
    return LearnerSession(
      catalog: catalog, syllabus: syllabus, workspace: workspace, preparation: preparation)
  }

  /// Reads the progress file once so that a corrupt one is set aside and reported now,
  /// rather than in the middle of a command.
  static func checkProgress(_ workspace: Workspace) {
    do {
      _ = try workspace.progressStore.load()
    } catch {
      Terminal.printError("warning: \(error)")
    }
  }

  /// The progress so far; empty (after a warning) if it cannot be read.
  func progress() -> LearnerState.Progress {
    do {
      return try workspace.progressStore.load()
    } catch {
      Terminal.printError("warning: \(error)")
      return LearnerState.Progress()
    }
  }

  func entry(named name: String) throws -> Syllabus.Entry {
    let exercise = try syllabus.exercise(named: name)
    return syllabus.entry(id: exercise.id)!
  }

  /// `3/12 exercises passed · lesson 2`.
  func progressLine(_ passed: Int, current: String?) -> String {
    var line = "\(passed)/\(syllabus.entries.count) exercises passed"
    if let current, let number = syllabus.entry(id: current)?.lessonNumber {
      line += " · lesson \(number)"
    }
    return line
  }
}

/// Commands and what they do, aligned: `  primer run softmax   check your file`.
func commandTable(_ rows: [(command: String, meaning: String)]) -> String {
  let width = rows.map(\.command.count).max() ?? 0
  return rows.map { row in
    "  " + row.command + String(repeating: " ", count: width - row.command.count + 3) + row.meaning
  }.joined(separator: "\n")
}
