import Base

/// What went wrong inside the grader itself, as opposed to in the learner's code.
///
/// Each case carries the facts; ``description`` turns them into a message that says what
/// happened, where, and what to try.
public enum GradingError: Error, Equatable, CustomStringConvertible {
  /// A program could not be started.
  case spawnFailed(executable: String, reason: String)
  /// A tool the grader needs is not where it was looked for.
  case toolNotFound(name: String, searched: [String])
  /// The sandbox trampoline ended without reporting how the learner's program ended.
  case sandboxFailed(detail: String)
  /// A file operation failed.
  case fileSystem(operation: String, path: String, reason: String)
  /// A learner's file is a symbolic link, a folder or a device: it is never followed or read.
  case notARegularFile(path: String, kind: String)
  /// The progress file could not be read as progress; it was moved aside, not overwritten.
  case progressCorrupt(path: String, movedTo: String, reason: String)
  /// The sources of the grader's kit (`PrimerKit`, `Reference`, `Checks`) were not found.
  case kitSourcesNotFound(searched: [String])
  /// A kit library did not compile: the checkout's sources are broken or the compiler changed.
  case kitBuildFailed(module: String, log: String)
  /// An exercise lacks what grading needs (a `solution`, `checks`, an `entry:` field).
  case exerciseIncomplete(exercise: String, missing: String)
  /// The exercise's solution, mistakes, `entry:`, `reference:` or checks did not compile: the
  /// lesson's author must fix them.
  case exerciseDoesNotCompile(exercise: String, diagnostics: [CompilerDiagnostic], log: String)

  public var description: String {
    switch self {
    case .spawnFailed(let executable, let reason):
      return "Could not start `\(executable)`: \(reason). Check that it exists and is executable."
    case .toolNotFound(let name, let searched):
      return "Could not find `\(name)` (looked in \(searched.joined(separator: ", "))). "
        + "Run `swift build` so it is built next to `primer`, or put it on PATH."
    case .sandboxFailed(let detail):
      return "The sandbox did not report how the program ended: \(detail). "
        + "This is a grader problem, not a problem with your code; please report it."
    case .fileSystem(let operation, let path, let reason):
      return "Could not \(operation) `\(path)`: \(reason). Check the folder exists and is writable."
    case .notARegularFile(let path, let kind):
      return "`\(path)` is \(kind), not a file: Primer reads only plain files in your "
        + "workspace, so that no other file of the machine is compiled, shown or exported. "
        + "Replace it with a copy of the file you mean."
    case .progressCorrupt(let path, let movedTo, let reason):
      return "Your progress file `\(path)` could not be read (\(reason)). It was moved to "
        + "`\(movedTo)` and a fresh one will be started; your old record is still in that file."
    case .kitSourcesNotFound(let searched):
      return "Could not find the grader's sources (Sources/PrimerKit, Sources/Reference, "
        + "Sources/Checks; looked in \(searched.joined(separator: ", "))). Run `primer` from "
        + "the course checkout, or point $PRIMER_LESSONS at its Lessons folder."
    case .kitBuildFailed(let module, let log):
      return "Could not compile the grader's `\(module)` library: "
        + "\(log.split(separator: "\n").prefix(5).joined(separator: "\n")). "
        + "Check that the checkout builds (`swift build`) with this Swift."
    case .exerciseIncomplete(let exercise, let missing):
      return "Exercise `\(exercise)` cannot be graded: it has no \(missing). "
        + "See Docs/exercises.md; `primer verify` lists every problem."
    case .exerciseDoesNotCompile(let exercise, let diagnostics, let log):
      let errors = diagnostics.filter { $0.severity == .error }
        .map { "\($0.file):\($0.line):\($0.column): \($0.message)" }
      let shown =
        errors.isEmpty ? String(log.prefix(400)) : errors.prefix(5).joined(separator: "\n")
      return "Exercise `\(exercise)` cannot be graded: its solution, mistakes or checks do not "
        + "compile, so the lesson must be fixed (`primer verify` shows every problem):\n\(shown)"
    }
  }
}

extension GradingError {
  /// A file operation's failure as the grader reports it.
  package init(_ failure: AtomicFile.Failure) {
    self = .fileSystem(operation: failure.operation, path: failure.path, reason: failure.reason)
  }
}

/// `AtomicFile.write`, its failure reported as a ``GradingError``.
package func writeAtomically(_ bytes: [UInt8], to path: String) throws(GradingError) {
  do {
    try AtomicFile.write(bytes, to: path)
  } catch {
    throw GradingError(error)
  }
}
