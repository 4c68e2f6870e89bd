import Base

/// The file-system calls of class grading, on plain paths: what a path is, a folder's
/// entries, a file's bytes, and the one order names are sorted in.
enum FileSystem {
  enum Kind {
    case folder, file, other, missing
  }

  /// Why a call failed: the system's words (`strerror`).
  struct Failure: Error {
    var reason: String

    static var current: Failure { Failure(reason: String(cString: strerror(errno))) }
  }

  /// What `path` is, following symbolic links.
  static func kind(_ path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .folder
    case S_IFREG: return .file
    default: return .other
    }
  }

  /// Whether `path` itself is a symbolic link.
  static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  /// The names in the folder at `path` (without `.` and `..`), sorted by ``byBytes(_:_:)``.
  static func list(_ path: String) throws(Failure) -> [String] {
    guard let directory = opendir(path) else { throw .current }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted(by: byBytes)
  }

  /// The largest submission read: a learner's file is a few kilobytes.
  static let largestFile = 1 << 20

  /// The bytes of the regular file at `path`; `nil` when there is no such file.
  ///
  /// A symbolic link is refused (a student's repository could link to a file of the grading
  /// machine, whose lines compile errors would then show), so are a FIFO or a device (opened
  /// without blocking, then refused), and a file over ``largestFile``.
  static func contents(of path: String) throws(Failure) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else {
      if errno == ENOENT { return nil }
      if errno == ELOOP {
        throw Failure(reason: "it is a symbolic link; submit the file itself")
      }
      throw .current
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .current }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw Failure(reason: "not a regular file")
    }
    guard info.st_size <= largestFile else {
      throw Failure(reason: "it is \(info.st_size) bytes, more than a submission's 1 MiB")
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while bytes.count <= largestFile {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw .current }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
    }
    throw Failure(reason: "it grew past a submission's 1 MiB while it was read")
  }

  /// `path` with symbolic links, `.` and `..` resolved; `nil` if it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `path` resolved as ``realPath(_:)`` resolves it, for a path that may not exist yet: its
  /// nearest existing ancestor resolved, the rest appended.
  static func resolvedPath(_ path: String) -> String? {
    var missing: [String] = []
    var ancestor = FilePath.tidy(path)
    while !ancestor.isEmpty {
      if let real = realPath(ancestor) {
        return ([real == "/" ? "" : real] + missing.reversed()).joined(separator: "/")
      }
      missing.append(FilePath.lastComponent(ancestor))
      let parent = FilePath.deletingLastComponent(ancestor)
      if parent == ancestor { break }
      ancestor = parent
    }
    return realPath(".").map { ([$0] + missing.reversed()).joined(separator: "/") }
  }

  /// Whether `a` sorts before `b` by their UTF-8 bytes: the same order on every machine and
  /// in every locale, so that a student's shard never depends on where it is computed.
  static func byBytes(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }
}
