import Base

/// The folder one run of a learner's program is built and run in, and the user it runs as.
///
/// ```text
/// $TMPDIR/primer-runs-UID/         mode 0711, owned by the grader's user
///   .lock                          held while sweeping
///   slot-N.lock                    held (flock) by the run using slot N
///   run-PID-N-RANDOM/              mode 0711: entry.swift, program
///     work/                        the program's working folder
/// ```
///
/// Each concurrent run holds one of ``slots`` slots with an `flock`, which the kernel releases
/// when its `primer` dies, however it dies. When the grader runs as root, slot N runs its
/// program as user ``firstUser`` + N, so two runs never share an identity and neither can
/// write into the other's folders. Folders left by a `primer` that was killed (its PID no
/// longer runs) are swept, under `.lock`, whenever a run starts.
package struct RunFolder {
  package let path: String
  /// The user the run's program is started as when the grader is root.
  package let user: Int
  private let slotLock: Int32

  /// The program's working folder.
  package var work: String { path + "/work" }

  /// Concurrent runs on one machine (per grader user) before a run waits for a free slot.
  package static let slots = 64
  /// The first of the users reserved for runs: 200000…200063, above the ranges Debian and
  /// systemd allocate and the usual subordinate-id range (100000–165535) of containers.
  package static let firstUser = 200_000

  /// `$TMPDIR/primer-runs-UID`.
  package static var root: String {
    FileManager.default.temporaryDirectory.path() + "primer-runs-\(geteuid())"
  }

  /// Takes a free slot, sweeps folders of dead graders, and makes a fresh run folder.
  ///
  /// - Throws: ``GradingError/fileSystem(operation:path:reason:)`` when the folders cannot be
  ///   made, or the runs folder is not a folder of the grader's own user (another user could
  ///   then read or replace what runs).
  package static func make(root: String = RunFolder.root) throws(GradingError) -> RunFolder {
    try makePrivateFolder(root)
    sweep(root)
    let slot = try takeSlot(root)
    let path =
      "\(root)/run-\(getpid())-\(slot.number)-\(UInt32.random(in: 0...UInt32.max))"
    guard mkdir(path, 0o711) == 0, mkdir(path + "/work", 0o755) == 0 else {
      let failure = GradingError.fileSystem(
        operation: "create the run folder", path: path, reason: String(cString: strerror(errno)))
      close(slot.lock)
      throw failure
    }
    return RunFolder(path: path, user: firstUser + slot.number, slotLock: slot.lock)
  }

  /// Removes the folder and frees the slot. A folder that cannot be removed now is swept by a
  /// later run.
  package func remove() {
    try? FileManager.default.removeItem(atPath: path)
    close(slotLock)
  }

  /// Removes `run-PID-…` folders whose PID no longer runs, under the runs folder's lock.
  package static func sweep(_ root: String) {
    let descriptor = open(root + "/.lock", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    guard flock(descriptor, LOCK_EX) == 0 else { return }
    defer { flock(descriptor, LOCK_UN) }
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    where entry.hasPrefix("run-") {
      let fields = entry.split(separator: "-")
      guard fields.count == 4, let pid = Int32(fields[1]), !Platform.isRunning(pid) else {
        continue
      }
      try? FileManager.default.removeItem(atPath: "\(root)/\(entry)")
    }
  }

  /// The first slot whose lock is free, held until ``remove()``; if all are busy, waits for
  /// one.
  private static func takeSlot(_ root: String) throws(GradingError) -> (number: Int, lock: Int32) {
    func openSlot(_ number: Int) throws(GradingError) -> Int32 {
      let path = "\(root)/slot-\(number).lock"
      let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
      guard descriptor >= 0 else {
        throw .fileSystem(
          operation: "open the slot lock", path: path, reason: String(cString: strerror(errno)))
      }
      return descriptor
    }
    for number in 0..<slots {
      let descriptor = try openSlot(number)
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return (number, descriptor) }
      close(descriptor)
    }
    let number = Int(getpid()) % slots
    let descriptor = try openSlot(number)
    while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
    return (number, descriptor)
  }

  /// Makes `path` a folder only the grader's user can list or change (0711: a run's user can
  /// still reach its own run folder), refusing one that is a link or another user's.
  private static func makePrivateFolder(_ path: String) throws(GradingError) {
    if mkdir(path, 0o711) != 0 && errno != EEXIST {
      throw .fileSystem(
        operation: "create the folder", path: path, reason: String(cString: strerror(errno)))
    }
    var info = stat()
    guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid()
    else {
      throw .fileSystem(
        operation: "use the runs folder", path: path,
        reason: "it is not a folder of this user (a link, a file, or another user's); "
          + "remove it or set TMPDIR to a private folder")
    }
    chmod(path, 0o711)
  }
}
