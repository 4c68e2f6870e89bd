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
  /// The progress file could not be read as progress; it was moved aside, not overwritten.
  case progressCorrupt(path: String, movedTo: String, reason: String)

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
    case .progressCorrupt(let path, let movedTo, let reason):
      return "Your progress file `\(path)` could not be read (\(reason)). It was moved to "
        + "`\(movedTo)` and a fresh one will be started; your old record is still in that file."
    }
  }
}
