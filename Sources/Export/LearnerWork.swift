import Base
import Grading
import Isolation
import LearnerState

/// What the learner has done, as the export shows it: per exercise, the code in the
/// workspace and the latest verdict.
///
/// Built from a workspace folder (`load(workspace:)`) or directly (tests, other front ends).
/// An exercise with neither a file nor a record is "not started".
public struct LearnerWork: Sendable, Equatable {
  /// One exercise's state.
  public struct Entry: Sendable, Equatable {
    /// The learner's current code, if the exercise file exists.
    public var code: String?
    /// Whether any attempt passed.
    public var passed: Bool
    public var attempts: Int
    public var hintsUsed: Int
    /// The latest verdict, if the exercise was ever run.
    public var latest: LatestVerdict?
    /// Where the learner stands, as `primer list` says it.
    public var status: Workspace.Status

    /// An entry; without `status`, it follows from the rest: passed, else failed when run,
    /// else started when there is code, else not started.
    public init(
      code: String? = nil, passed: Bool = false, attempts: Int = 0, hintsUsed: Int = 0,
      latest: LatestVerdict? = nil, status: Workspace.Status? = nil
    ) {
      self.code = code
      self.passed = passed
      self.attempts = attempts
      self.hintsUsed = hintsUsed
      self.latest = latest
      self.status =
        status
        ?? (passed
          ? .passed
          : latest != nil || attempts > 0 ? .failed : code != nil ? .started : .notStarted)
    }

    public var isStarted: Bool { status != .notStarted }
  }

  /// The latest verdict on an exercise, as far as the progress file records it.
  public struct LatestVerdict: Sendable, Equatable {
    public var status: Verdict.Status
    public var summary: String
    /// Each check's result; empty when the progress file does not keep them.
    public var checks: [CheckResult]
    /// The lesson's `mistake` the code was recognised as, if any.
    public var mistake: Verdict.Mistake?
    public var date: Date?
    /// The seed of the run's random inputs, when the progress file records it.
    public var seed: UInt64?

    public init(
      status: Verdict.Status, summary: String, checks: [CheckResult] = [],
      mistake: Verdict.Mistake? = nil, date: Date?, seed: UInt64? = nil
    ) {
      self.status = status
      self.summary = summary
      self.checks = checks
      self.mistake = mistake
      self.date = date
      self.seed = seed
    }
  }

  /// Entries by exercise id.
  public var entries: [String: Entry]

  public init(entries: [String: Entry] = [:]) {
    self.entries = entries
  }

  /// No workspace: every exercise is not started.
  public static let none = LearnerWork()

  public subscript(exercise: String) -> Entry {
    entries[exercise] ?? Entry()
  }

  /// Reads a workspace: the progress file (`.primer/progress.json`) with each exercise's last
  /// verdict, checks and mistake, and the learner's file for each exercise of `syllabus`.
  ///
  /// An exercise whose file still holds the starter code and was never run is not started
  /// (`Workspace.status(of:in:)`), and its file is not shown as the learner's code.
  ///
  /// - Throws: `ExportError.workspace` when the progress file cannot be read.
  public static func load(_ workspace: Workspace, syllabus: Syllabus) throws(ExportError)
    -> LearnerWork
  {
    let store = workspace.progressStore
    var progress = Progress()
    if FileManager.default.fileExists(atPath: store.path) {
      do {
        progress = try store.load()
      } catch {
        throw .workspace(path: store.path, reason: error.description)
      }
    }
    var entries: [String: Entry] = [:]
    for item in syllabus.entries {
      let id = item.exercise.id
      let status = workspace.status(of: item, in: progress)
      let record = progress.exercises[id]
      guard status != .notStarted || record != nil else { continue }
      var code: String?
      if status != .notStarted {
        // A link is refused, not followed: no other file of the machine reaches the site.
        do throws(GradingError) {
          code = try workspace.text(of: id)
        } catch {
          throw .workspace(path: workspace.file(for: id), reason: error.description)
        }
      }
      var entry = Entry(code: code, status: status)
      if let record {
        entry.passed = record.passed
        entry.attempts = record.attempts
        entry.hintsUsed = record.hintsUsed
        if let lastStatus = record.lastStatus {
          entry.latest = LatestVerdict(
            status: lastStatus, summary: record.lastSummary ?? "", checks: record.lastChecks ?? [],
            mistake: record.lastMistake, date: record.lastAttempt, seed: record.lastSeed)
        }
      }
      entries[id] = entry
    }
    return LearnerWork(entries: entries)
  }
}
