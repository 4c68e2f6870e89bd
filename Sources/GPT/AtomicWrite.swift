import Base
/// Replaces the file at `path` with `bytes` so that a reader, or a crash, sees the old file or
/// the new one, never a mixture: write a temporary file in the same folder, `fsync` it,
/// `rename` it over `path` (atomic within one file system), then `fsync` the folder.
/// The same recipe as the grader's `AtomicFile`; the GPT module keeps its own small copy so it
/// does not depend on the grader.
func atomicWrite(_ bytes: [UInt8], to path: String) throws(GPTError) {
  let slash = path.lastIndex(of: "/")
  let folder = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
  let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
  let temporary = "\(folder)/.\(name).tmp-\(getpid())"
  func failure(_ operation: String, _ file: String) -> GPTError {
    .fileSystem(operation: operation, path: file, reason: String(cString: strerror(errno)))
  }
  let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
  guard descriptor >= 0 else { throw failure("create", temporary) }
  var written = 0
  while written < bytes.count {
    let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    if count < 0 && errno == EINTR { continue }
    guard count > 0 else {
      let error = failure("write", temporary)
      close(descriptor)
      unlink(temporary)
      throw error
    }
    written += count
  }
  guard fsync(descriptor) == 0 else {
    let error = failure("flush", temporary)
    close(descriptor)
    unlink(temporary)
    throw error
  }
  close(descriptor)
  guard rename(temporary, path) == 0 else {
    let error = failure("rename into place", path)
    unlink(temporary)
    throw error
  }
  let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
  if folderDescriptor >= 0 {
    fsync(folderDescriptor)
    close(folderDescriptor)
  }
}
