import Base

/// Puts a site on disk so that an interrupted export never leaves a half-written site.
///
/// The files are written to a staging folder beside the target (`.NAME.primer-staging-PID`),
/// which is then renamed into place; an earlier export in the target is first moved aside and
/// removed only once the new site is in place. A target that exists and holds anything other
/// than an earlier export is refused unless `force` is set.
public enum SiteFolder {
  /// The file that marks a folder as a Primer export (so exporting again needs no `--force`).
  static let markerName = ".primer-export"
  static let markerContents = "This folder was written by `primer export --html`.\n"

  /// Writes `files` to the folder `target`.
  ///
  /// - Throws: `ExportError.targetNotEmpty` or `.targetIsFile` before writing anything;
  ///   `.fileSystem` when writing fails, after removing the staging folder (the target is then
  ///   as it was).
  /// Refuses a `target` that is, or contains, one of `protected` (the workspace, the lessons
  /// folder), whatever `--force` says: replacing it would delete the learner's work or the
  /// course. Paths are compared after resolving links.
  ///
  /// - Throws: ``ExportError/targetHoldsProtected(path:protected:)``.
  public static func refuse(_ target: String, ifItHolds protected: [String]) throws(ExportError) {
    guard let resolvedTarget = resolved(target) else { return }
    for folder in protected {
      guard let resolvedFolder = resolved(folder) else { continue }
      if resolvedFolder == resolvedTarget || resolvedTarget == "/"
        || resolvedFolder.hasPrefix(resolvedTarget + "/")
      {
        throw .targetHoldsProtected(path: target, protected: folder)
      }
    }
  }

  /// `path` with every link resolved, nil if it does not exist.
  private static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  public static func write(_ files: [SiteExporter.File], to target: String, force: Bool)
    throws(ExportError)
  {
    // Plain writes, without a rename or an fsync per file: the staging folder's rename is what
    // makes the site appear whole, and syncing each file took longer than rendering them.
    try write(files, to: target, force: force) { path, data in
      try data.write(to: URL(fileURLWithPath: path))
    }
  }

  /// `write(_:to:force:)` with the function that writes each file, so tests can make it fail.
  static func write(
    _ files: [SiteExporter.File], to target: String, force: Bool,
    writeFile: (String, Data) throws -> Void
  ) throws(ExportError) {
    let manager = FileManager.default
    let targetURL = URL(fileURLWithPath: target).standardizedFileURL
    let parent = targetURL.deletingLastPathComponent().path
    let name = targetURL.lastPathComponent
    var isDirectory = false
    let exists = manager.fileExists(atPath: targetURL.path, isDirectory: &isDirectory)
    if exists {
      guard isDirectory else { throw .targetIsFile(path: target) }
      let entries = ((try? manager.contentsOfDirectory(atPath: targetURL.path)) ?? []).sorted()
      if !force && !entries.isEmpty && !entries.contains(markerName) {
        throw .targetNotEmpty(path: target, examples: entries)
      }
    }
    do {
      try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
    } catch {
      throw .fileSystem(operation: "create the folder", path: parent, reason: reason(error))
    }
    let pid = ProcessInfo.processInfo.processIdentifier
    let staging = FilePath.join(parent, ".\(name).primer-staging-\(pid)")
    let aside = FilePath.join(parent, ".\(name).primer-old-\(pid)")
    try? manager.removeItem(atPath: staging)
    do {
      try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
      for file in files {
        let path = FilePath.join(staging, file.path)
        let folder = FilePath.deletingLastComponent(path)
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try writeFile(path, Data(file.contents.utf8))
      }
    } catch {
      try? manager.removeItem(atPath: staging)
      if let error = error as? ExportError { throw error }
      throw .fileSystem(operation: "write the site to", path: staging, reason: reason(error))
    }
    // Move into place: the old site aside, the new one in, then the old one away.
    if exists {
      guard rename(targetURL.path, aside) == 0 else {
        let message = String(cString: strerror(errno))
        try? manager.removeItem(atPath: staging)
        throw .fileSystem(operation: "move aside the earlier", path: target, reason: message)
      }
    }
    guard rename(staging, targetURL.path) == 0 else {
      let message = String(cString: strerror(errno))
      if exists { _ = rename(aside, targetURL.path) }
      try? manager.removeItem(atPath: staging)
      throw .fileSystem(operation: "move the new site to", path: target, reason: message)
    }
    if exists { try? manager.removeItem(atPath: aside) }
  }

  private static func reason(_ error: Error) -> String {
    FoundationErrorText.description(error)
  }
}
