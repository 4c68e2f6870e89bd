import Base

/// Reading a learner's file without trusting it: a symbolic link (to `/etc/shadow`, or
/// anywhere else) is refused rather than followed, so no file of the machine reaches the
/// compiler, a diagnostic or an exported site; only regular files are read; and the size is
/// checked before anything is read.
///
/// `O_NOFOLLOW` refuses a link at the last component. Workspace files are `ROOT/ID.swift`
/// with ids of `[a-z0-9-]` (checked when lessons load), so that is every component the
/// workspace controls.
package enum LearnerFile {
  /// What ``read(_:limit:)`` found.
  package enum Contents: Equatable {
    case text(String)
    /// Nothing is at the path.
    case missing
    /// The file is larger than the limit: its size in bytes; nothing was read.
    case tooLarge(Int)
  }

  /// The file at `path`, if it is a regular file of at most `limit` bytes.
  ///
  /// - Throws: ``GradingError/notARegularFile(path:kind:)`` for a link, a folder, a device…;
  ///   ``GradingError/fileSystem(operation:path:reason:)`` when it cannot be read or is not
  ///   UTF-8.
  package static func read(_ path: String, limit: Int) throws(GradingError) -> Contents {
    // O_NONBLOCK: a FIFO put in place of the file must not block the grader on open.
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      if errno == ELOOP { throw .notARegularFile(path: path, kind: "a symbolic link") }
      if errno == ENOENT { return .missing }
      throw .fileSystem(operation: "read", path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw .fileSystem(operation: "read", path: path, reason: String(cString: strerror(errno)))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw .notARegularFile(
        path: path, kind: info.st_mode & S_IFMT == S_IFDIR ? "a folder" : "a special file")
    }
    let size = Int(info.st_size)
    if size > limit { return .tooLarge(size) }
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    while filled < size {
      let count = bytes.withUnsafeMutableBytes {
        Platform.readBytes(descriptor, into: $0.baseAddress! + filled, count: size - filled)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      filled += count
    }
    guard let text = String(validating: bytes[..<filled], as: UTF8.self) else {
      throw .fileSystem(operation: "read", path: path, reason: "it is not UTF-8 text")
    }
    return .text(text)
  }
}
