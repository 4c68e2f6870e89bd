import Base
import Course
import Grading
import Isolation

/// The learner's folder: one Swift file per exercise, a README, and `.primer/` holding the
/// progress file and the backups `primer reset` makes.
///
/// ```text
/// workspace/
///   README.md
///   softmax.swift            the starter code, then the learner's work
///   .primer/progress.json    see ``ProgressStore``
///   .primer/backups/softmax-20261129T030512Z.swift
/// ```
///
/// Learner files are never overwritten: ``prepare(_:)`` creates only the files that are
/// missing, and ``reset(_:at:)`` keeps a copy of what it replaces. Every write is atomic.
public struct Workspace: Sendable {
  /// The workspace folder, as given (relative paths are relative to the current directory).
  public let root: String

  public init(root: String) {
    self.root = root
  }

  /// Where the workspace is: `explicit` (a `--workspace` option) if given, else
  /// `$PRIMER_WORKSPACE`, else `workspace` in the current directory.
  public static func locate(
    explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if let fromEnvironment = environment["PRIMER_WORKSPACE"], !fromEnvironment.isEmpty {
      return fromEnvironment
    }
    return "workspace"
  }

  /// `.primer/`: what Primer keeps about the learner, beside their files.
  public var stateFolder: String { root + "/.primer" }
  public var backupsFolder: String { stateFolder + "/backups" }
  public var progressStore: ProgressStore { ProgressStore(path: stateFolder + "/progress.json") }
  public var readmePath: String { root + "/README.md" }

  /// Whether `primer start` has made this workspace (its `.primer/` folder exists).
  public var exists: Bool {
    var isDirectory = false
    return FileManager.default.fileExists(atPath: stateFolder, isDirectory: &isDirectory)
      && isDirectory
  }

  /// The learner's file for the exercise called `id`: `ROOT/ID.swift`.
  public func file(for id: String) -> String {
    "\(root)/\(id).swift"
  }

  /// The text of the learner's file for `id`, nil if there is none. A link is never followed
  /// (see ``GradingError/notARegularFile(path:kind:)``), so no other file of the machine is
  /// shown, exported or backed up as the learner's work.
  ///
  /// - Throws: ``GradingError`` for a link, a folder, an unreadable or a non-UTF-8 file.
  public func text(of id: String) throws(GradingError) -> String? {
    switch try LearnerFile.read(file(for: id), limit: Compiler.sourceLimitBytes) {
    case .text(let text): return text
    case .missing: return nil
    case .tooLarge(let size):
      throw .fileSystem(
        operation: "read", path: file(for: id),
        reason: "it holds \(size >> 20) MiB, more than an exercise file may")
    }
  }

  /// What ``prepare(_:)`` did.
  public struct Preparation: Sendable, Equatable {
    /// Whether the folder itself was made now (the first `primer start`).
    public var createdWorkspace: Bool
    /// The exercises whose files were created now, in course order.
    public var created: [String]
    /// The exercises whose files were already there and were left alone.
    public var kept: [String]
    /// The exercises that have no starter code in their lesson (a broken lesson), so no file.
    public var skipped: [String] = []
  }

  /// Makes the workspace if needed, and a file holding the starter code for every exercise
  /// that has none yet. Existing files, the learner's work, are never touched.
  ///
  /// An exercise whose lesson has no starter code gets no file (it is listed in
  /// ``Preparation/skipped``), so one broken lesson does not stop the others.
  ///
  /// - Throws: ``WorkspaceError/storage(_:)`` if a write fails.
  @discardableResult
  public func prepare(_ syllabus: Syllabus) throws(WorkspaceError) -> Preparation {
    let starters = syllabus.entries.compactMap { entry in
      (try? Workspace.starterText(for: entry)).map { (entry.exercise.id, $0) }
    }
    let existed = exists
    try makeFolder(root)
    try makeFolder(stateFolder)
    try makeFolder(backupsFolder)
    _ = try createIfMissing(Array(Workspace.readme.utf8), at: readmePath)
    var preparation = Preparation(createdWorkspace: !existed, created: [], kept: [])
    preparation.skipped = syllabus.entries.map(\.exercise.id).filter { id in
      !starters.contains { $0.0 == id }
    }
    for (id, text) in starters {
      if try createIfMissing(Array(text.utf8), at: file(for: id)) {
        preparation.created.append(id)
      } else {
        preparation.kept.append(id)
      }
    }
    return preparation
  }

  /// What ``reset(_:at:)`` did.
  public struct Reset: Sendable, Equatable {
    /// Where the replaced file was copied; `nil` if there was nothing to keep (no file, or
    /// the file already held the starter code).
    public var backup: String?
  }

  /// Puts the starter code back in the exercise's file, first copying the file to
  /// `.primer/backups/ID-TIMESTAMP.swift` unless it is missing or already the starter code.
  public func reset(_ entry: Syllabus.Entry, at date: Date = Date()) throws(WorkspaceError)
    -> Reset
  {
    let starter = try Workspace.starterText(for: entry)
    let path = file(for: entry.exercise.id)
    try makeFolder(backupsFolder)
    var backup: String?
    if let current = try storing({ () throws(GradingError) in try text(of: entry.exercise.id) }),
      !current.utf8.elementsEqual(starter.utf8)
    {
      let stamp = Workspace.timestamp(date)
      var candidate = "\(backupsFolder)/\(entry.exercise.id)-\(stamp).swift"
      var suffix = 1
      while FileManager.default.fileExists(atPath: candidate) {
        suffix += 1
        candidate = "\(backupsFolder)/\(entry.exercise.id)-\(stamp)-\(suffix).swift"
      }
      try storing { () throws(GradingError) in
        try writeAtomically(Array(current.utf8), to: candidate)
      }
      backup = candidate
    }
    try storing { () throws(GradingError) in try writeAtomically(Array(starter.utf8), to: path) }
    return Reset(backup: backup)
  }

  /// Where a learner stands on one exercise, as `primer list` shows it.
  public enum Status: String, Sendable, Codable, CaseIterable {
    /// The file still holds the starter code (or is missing) and was never graded.
    case notStarted = "not started"
    /// The file differs from the starter code but was never graded.
    case started
    /// Graded, and no attempt has passed yet.
    case failed
    /// Some attempt passed; it stays passed even if the file changes later.
    case passed
  }

  /// The status of `entry`'s exercise, from `progress` and the learner's file.
  public func status(of entry: Syllabus.Entry, in progress: Progress) -> Status {
    let record = progress.exercises[entry.exercise.id]
    if record?.passed == true { return .passed }
    if let record, record.attempts > 0 { return .failed }
    guard let current = try? text(of: entry.exercise.id),
      let starter = try? Workspace.starterText(for: entry)
    else { return .notStarted }
    return current.utf8.elementsEqual(starter.utf8) ? .notStarted : .started
  }

  /// The text of a fresh exercise file: a header saying what the exercise is and how to check
  /// it, then the lesson's starter code.
  public static func starterText(for entry: Syllabus.Entry) throws(WorkspaceError) -> String {
    let exercise = entry.exercise
    guard let starter = exercise.starter else {
      throw .missingBlock(exercise: exercise.id, kind: "starter")
    }
    let lesson = entry.lessonNumber.map { "Lesson \($0): " } ?? "Lesson: "
    let header = [
      "// Exercise `\(exercise.id)`: \(exercise.title)",
      "// \(lesson)\(entry.lessonTitle)",
      "// Check it: primer run \(exercise.id)   (or `primer watch`, on every save)",
      "// Stuck?    primer hint \(exercise.id)",
    ]
    let body = starter.body.hasSuffix("\n") ? starter.body : starter.body + "\n"
    return header.joined(separator: "\n") + "\n\n" + body
  }

  static let readme = """
    # Your Primer workspace

    Each exercise of the course has a file here, `EXERCISE.swift`, holding its starter code.
    Edit it, then check it:

        primer run EXERCISE        grade your file against the reference library
        primer watch               grade the current exercise every time you save
        primer hint EXERCISE       one more hint
        primer reset EXERCISE      put the starter code back (your file is backed up first)
        primer solution EXERCISE   the reference solution, once your code passes
        primer list                every exercise and where you stand

    `.primer/progress.json` records what passed and how many hints you used;
    `.primer/backups/` holds the files `primer reset` replaced. Primer never overwrites
    your files otherwise: `primer start` only adds the files of new exercises.

    """

  /// `20261129T030512Z`: sorts in time order and is safe in a file name.
  static func timestamp(_ date: Date) -> String {
    UTCStamp.string(date, dateSeparator: "")
  }

  private func makeFolder(_ path: String) throws(WorkspaceError) {
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .storage(
        .fileSystem(
          operation: "create the folder", path: path,
          reason: FoundationErrorText.failureReason(error)
            ?? FoundationErrorText.description(error)))
    }
  }

  /// Writes `bytes` to `path` only if nothing is there, atomically: the bytes are written to a
  /// staging file, which is then hard-linked to `path` (`link` fails rather than replace).
  ///
  /// - Returns: whether the file was created.
  private func createIfMissing(_ bytes: [UInt8], at path: String) throws(WorkspaceError) -> Bool {
    if FileManager.default.fileExists(atPath: path) { return false }
    let staging = "\(stateFolder)/staging-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try storing { () throws(GradingError) in try writeAtomically(bytes, to: staging) }
    defer { unlink(staging) }
    if link(staging, path) == 0 { return true }
    if errno == EEXIST { return false }
    // A file system without hard links: a rename, after one more look.
    if FileManager.default.fileExists(atPath: path) { return false }
    guard rename(staging, path) == 0 else {
      throw .storage(GradingError(AtomicFile.failure("create", path)))
    }
    return true
  }

  /// Runs `body`, reporting a failure to read or write as ``WorkspaceError/storage(_:)``.
  @discardableResult
  func storing<T>(_ body: () throws(GradingError) -> T) throws(WorkspaceError) -> T {
    do throws(GradingError) { return try body() } catch { throw .storage(error) }
  }
}
