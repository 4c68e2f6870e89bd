import Base

/// The folder `primer grade --out` writes: the gradebook in its four forms, and under
/// `verdicts/STUDENT/EXERCISE.json` each graded submission's entry with the key it was graded
/// under (see ``Grader/verdictKey(for:text:seed:lessonFile:)``), so that a later run grades only
/// what changed and a killed run carries on where it stopped.
///
/// Every file is replaced atomically (`AtomicFile`): a reader, or a run killed at any moment,
/// finds the old file or the new one. While a run writes the folder it holds an exclusive
/// `flock` on `.primer-grade.lock`, so two runs never mix their files. Files of other programs
/// in the folder are left alone, and records of students no longer in the class are kept.
public final class GradebookFolder: @unchecked Sendable {
  public let path: String
  private let lock: Int32

  /// The files the gradebook is written as, in `path`.
  public static let files = ["gradebook.csv", "gradebook.json", "junit.xml", "summary.md"]

  /// Opens (making it if needed) and locks the folder.
  ///
  /// - Throws: ``ClassroomError/storage(operation:path:reason:)``, or
  ///   ``ClassroomError/outputBusy(path:)`` while another run holds it.
  public init(_ path: String) throws(ClassroomError) {
    self.path = path
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .storage(
        operation: "create the folder", path: path,
        reason: FoundationErrorText.failureReason(error) ?? FoundationErrorText.description(error))
    }
    let lockPath = path + "/.primer-grade.lock"
    lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard lock >= 0 else {
      throw .storage(operation: "create", path: lockPath, reason: String(cString: strerror(errno)))
    }
    guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
      let busy = errno == EWOULDBLOCK
      let reason = String(cString: strerror(errno))
      close(lock)
      throw busy
        ? .outputBusy(path: path) : .storage(operation: "lock", path: lockPath, reason: reason)
    }
    // Only a killed writer leaves temporary files, and none can be writing now.
    for name in GradebookFolder.files { AtomicFile.sweepTemporaries(for: path + "/" + name) }
  }

  deinit {
    close(lock)
  }

  /// What is kept of one graded submission.
  struct Record: Codable {
    var key: String
    var entry: GradebookEntry
  }

  private func recordPath(student: String, exercise: String) -> String {
    "\(path)/verdicts/\(student)/\(exercise).json"
  }

  /// The record of `student`'s `exercise`; `nil` if there is none or it cannot be read (the
  /// submission is then graded again and the record replaced).
  func record(student: String, exercise: String) -> Record? {
    let file = recordPath(student: student, exercise: exercise)
    guard let bytes = try? FileSystem.contents(of: file) else { return nil }
    return try? JSONDecoder().decode(Record.self, from: Data(bytes))
  }

  func save(_ record: Record, student: String) throws(ClassroomError) {
    let file = recordPath(student: student, exercise: record.entry.exercise)
    // Only this run writes the folder, and only this call this record: what temporary files
    // there are for it were left by a run that was killed.
    AtomicFile.sweepTemporaries(for: file)
    try write(try encode(record), to: file)
  }

  /// Copies the records of `students` from another gradebook folder (a shard's) into this one.
  func copyRecords(of students: [String], from other: String) throws(ClassroomError) {
    for student in students {
      let folder = "\(other)/verdicts/\(student)"
      for name in (try? FileSystem.list(folder)) ?? [] where name.hasSuffix(".json") {
        guard let bytes = try? FileSystem.contents(of: folder + "/" + name) else { continue }
        try write(bytes, to: "\(path)/verdicts/\(student)/\(name)")
      }
    }
  }

  /// Writes `gradebook` as `gradebook.csv`, `gradebook.json`, `junit.xml` and `summary.md`.
  public func write(_ gradebook: Gradebook) throws(ClassroomError) {
    try write(Array(GradebookCSV.render(gradebook).utf8), to: path + "/gradebook.csv")
    try write(try encode(gradebook), to: path + "/gradebook.json")
    try write(Array(JUnitReport.render(gradebook).utf8), to: path + "/junit.xml")
    try write(Array(ClassSummary.render(gradebook).utf8), to: path + "/summary.md")
  }

  /// The gradebook `primer grade` wrote in the folder at `path`.
  ///
  /// - Throws: ``ClassroomError/notAShard(path:reason:)`` when there is none, or it cannot be
  ///   read.
  public static func read(_ path: String) throws(ClassroomError) -> Gradebook {
    let file = path + "/gradebook.json"
    let bytes: [UInt8]?
    do {
      bytes = try FileSystem.contents(of: file)
    } catch {
      throw .notAShard(path: path, reason: "could not read gradebook.json: \(error.reason)")
    }
    guard let bytes else { throw .notAShard(path: path, reason: "it has no gradebook.json") }
    do {
      return try JSONDecoder().decode(Gradebook.self, from: Data(bytes))
    } catch {
      throw .notAShard(path: path, reason: "its gradebook.json is not one primer grade wrote")
    }
  }

  /// JSON with sorted keys and no escaped slashes: the same value always gives the same bytes.
  private func encode(_ value: some Encodable) throws(ClassroomError) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return Array(try encoder.encode(value)) + [0x0A]
    } catch {
      throw .storage(operation: "encode", path: path, reason: "\(error)")
    }
  }

  private func write(_ bytes: [UInt8], to file: String) throws(ClassroomError) {
    let folder = FilePath.deletingLastComponent(file)
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try AtomicFile.write(bytes, to: file)
    } catch let failure as AtomicFile.Failure {
      throw .storage(operation: failure.operation, path: failure.path, reason: failure.reason)
    } catch {
      throw .storage(
        operation: "create the folder", path: folder,
        reason: FoundationErrorText.failureReason(error) ?? FoundationErrorText.description(error))
    }
  }
}
