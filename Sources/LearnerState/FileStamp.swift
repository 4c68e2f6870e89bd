import Base
/// What `primer watch` compares to notice that a file was saved: its modification time, size
/// and inode, read with `stat`.
///
/// Polling a stamp works on every file system, network ones included, where change
/// notifications (inotify, FSEvents) are often not delivered. An editor that saves by writing
/// a new file and renaming it over the old one changes the inode, which catches a save of the
/// same size within the file system's time resolution (one second on some network file systems).
public struct FileStamp: Hashable, Sendable {
  public var seconds: Int
  public var nanoseconds: Int
  public var size: Int64
  public var inode: UInt64

  public init(seconds: Int, nanoseconds: Int, size: Int64, inode: UInt64 = 0) {
    self.seconds = seconds
    self.nanoseconds = nanoseconds
    self.size = size
    self.inode = inode
  }

  /// The stamp of the file at `path`, or `nil` if there is none (or it cannot be read).
  public static func of(_ path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
    let time = info.st_mtimespec
    #else
    let time = info.st_mtim
    #endif
    return FileStamp(
      seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int64(info.st_size),
      inode: UInt64(info.st_ino))
  }
}
