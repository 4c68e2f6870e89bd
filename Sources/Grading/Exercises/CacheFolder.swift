import Base
import Isolation

#if canImport(Glibc)
@preconcurrency import Glibc
#else
@preconcurrency import Darwin
#endif

/// A folder of the grader's cache that is built once and then only read: built into a
/// temporary folder under an exclusive `flock`, then renamed into place, so two `primer`
/// processes never build it twice and nobody sees a half-built one.
struct CacheFolder {
  let path: String

  var exists: Bool { FileManager.default.fileExists(atPath: path) }

  /// Makes sure the folder exists, calling `build` with a fresh temporary folder when it does
  /// not; `build`'s folder becomes `path` when it returns without throwing.
  func ensure(_ build: (String) throws(GradingError) -> Void) throws(GradingError) {
    if exists { return }
    let parent = FilePath.deletingLastComponent(path)
    try CacheFolder.createFolder(parent)
    let lockPath = path + ".lock"
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .fileSystem(
        operation: "open the lock", path: lockPath, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else {
        throw .fileSystem(
          operation: "lock", path: lockPath, reason: String(cString: strerror(errno)))
      }
    }
    defer { flock(descriptor, LOCK_UN) }
    // Another process may have built it while this one waited.
    if exists { return }
    // Temporary folders are made only under the lock: any left are from a build that was
    // killed.
    let name = FilePath.lastComponent(path) + ".tmp-"
    for leftover in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
    where leftover.hasPrefix(name) {
      try? FileManager.default.removeItem(atPath: "\(parent)/\(leftover)")
    }
    let temporary = "\(path).tmp-\(getpid())-\(UUID().uuidString.prefix(8))"
    try CacheFolder.createFolder(temporary)
    do {
      try build(temporary)
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporary)
      throw .fileSystem(operation: "move into place", path: path, reason: reason)
    }
  }

  static func createFolder(_ path: String) throws(GradingError) {
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o755])
    } catch {
      throw .fileSystem(operation: "create the folder", path: path, reason: "\(error)")
    }
  }
}
