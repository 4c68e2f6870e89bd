/// Why an export did not happen. Nothing is left half-written in any of these cases.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The target folder exists, holds files and is not an earlier export.
  case targetNotEmpty(path: String, examples: [String])
  /// The target exists and is a file.
  case targetIsFile(path: String)
  /// The target is, or contains, a folder that must never be replaced (the workspace, the
  /// lessons): refused with or without `--force`.
  case targetHoldsProtected(path: String, protected: String)
  /// A file system operation failed.
  case fileSystem(operation: String, path: String, reason: String)
  /// The workspace's progress file could not be read.
  case workspace(path: String, reason: String)

  public var description: String {
    switch self {
    case .targetNotEmpty(let path, let examples):
      let shown = examples.prefix(3).map { "`\($0)`" }.joined(separator: ", ")
      return
        "\(path) already exists and holds other files (\(shown)\(examples.count > 3 ? ", …" : "")); "
        + "choose an empty or new folder, or add --force to replace its contents."
    case .targetIsFile(let path):
      return "\(path) is a file, not a folder; choose another path for the site."
    case .targetHoldsProtected(let path, let protected):
      return "\(path) is or contains \(protected): exporting there would replace it, so Primer "
        + "never does, even with --force. Choose a new folder outside it, such as ./site."
    case .fileSystem(let operation, let path, let reason):
      return
        "could not \(operation) \(path): \(reason). Check the folder's permissions and free space."
    case .workspace(let path, let reason):
      return "could not read the learner's progress at \(path): \(reason)"
    }
  }
}
