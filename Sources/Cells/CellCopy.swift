import Base
import Course
import Grading
import Isolation
import LearnerState

/// The learner's copy of a cell, `workspace/cells/LESSON-N.swift`, which `primer try` runs:
/// made from the lesson on first use, then the learner's to change; ``reset`` puts the
/// lesson's code back, first keeping the learner's version in `.primer/backups/`.
public struct CellCopy: Sendable, Equatable {
  /// The copy's path.
  public var path: String
  /// Its text now.
  public var text: String
  /// Whether it was just made from the lesson.
  public var created: Bool
  /// Where the learner's version was kept by a reset; nil when nothing was kept.
  public var backup: String?
  /// How the lesson's cell has changed since this copy was made from it; nil when it has not
  /// (or the copy's origin was not recorded).
  public var drift: Drift?

  /// How a copy's cell changed in the lesson after the copy was made.
  public enum Drift: Sendable, Equatable {
    /// The lesson gained or lost a cell before it: the copy's cell now has this number.
    case renumbered(to: Int)
    /// The author changed the cell's code (or removed it).
    case edited
  }

  /// The copy of `cell` of `lesson` in `workspace`: made if missing, put back to the lesson's
  /// code when `reset` (keeping a backup of a changed copy), else read as the learner left it.
  ///
  /// - Throws: ``CellError/noWorkspace(root:)`` without a workspace,
  ///   ``CellError/storage(path:reason:)`` when the copy cannot be read or written (a link is
  ///   never followed).
  public static func open(
    _ cell: Cell, of lesson: Lesson, in workspace: Workspace, reset: Bool, date: Date = Date()
  ) throws(CellError) -> CellCopy {
    guard workspace.exists else { throw .noWorkspace(root: workspace.root) }
    let name = Notebook.cellName(lesson: lesson.id, number: cell.number)
    let id = String(name.dropLast(".swift".count))
    let path = workspace.file(for: id)
    let current: String?
    do {
      current = try workspace.text(of: id)
    } catch {
      throw .storage(path: path, reason: error.description)
    }
    let origin = "\(workspace.stateFolder)/cells/\(name).origin"
    if let current, !reset {
      var copy = CellCopy(path: path, text: current, created: false, backup: nil)
      copy.drift = drift(of: origin, from: cell, of: lesson)
      return copy
    }
    var backup: String?
    if let current, current != cell.code {
      // Seconds since 1970, then a number: two resets in one second keep both versions.
      let stem =
        "\(workspace.backupsFolder)/cells-\(lesson.id)-\(cell.number)-"
        + String(Int(date.timeIntervalSince1970))
      var candidate = stem + ".swift"
      var suffix = 1
      while FileManager.default.fileExists(atPath: candidate) {
        suffix += 1
        candidate = "\(stem)-\(suffix).swift"
      }
      try write(current, to: candidate)
      backup = candidate
    }
    try write(cell.code, to: path)
    // Which code the copy was made from, so that a later change to the lesson can be told.
    try write(ContentHash.of([cell.code]), to: origin)
    return CellCopy(path: path, text: cell.code, created: current == nil, backup: backup)
  }

  /// How `cell` differs from the cell the copy was made from (its hash kept in `origin`).
  private static func drift(of origin: String, from cell: Cell, of lesson: Lesson) -> Drift? {
    guard let data = FileManager.default.contents(atPath: origin) else { return nil }
    let made = String(decoding: data, as: UTF8.self)
    guard made != ContentHash.of([cell.code]) else { return nil }
    if let moved = lesson.cells.first(where: { ContentHash.of([$0.code]) == made }) {
      return .renumbered(to: moved.number)
    }
    return .edited
  }

  private static func write(_ text: String, to path: String) throws(CellError) {
    do {
      try FileManager.default.createDirectory(
        atPath: FilePath.deletingLastComponent(path), withIntermediateDirectories: true)
      try AtomicFile.write(Array(text.utf8), to: path)
    } catch let failure as AtomicFile.Failure {
      throw .storage(path: path, reason: failure.reason)
    } catch {
      throw .storage(path: path, reason: "\(error)")
    }
  }
}
