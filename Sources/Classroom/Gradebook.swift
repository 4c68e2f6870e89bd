import Base
import Grading

/// A class's grades: for every student and exercise, the verdict or why there is none.
///
/// What `primer grade` writes in four forms (`gradebook.csv`, `gradebook.json`, `junit.xml`,
/// `summary.md`), and what `primer grade --merge` reads back from shards. Students are sorted
/// by the bytes of their names, exercises are in course order, so the same grades always give
/// the same files.
public struct Gradebook: Sendable, Equatable, Codable {
  /// The version of the file's layout.
  public var format = 1
  /// The exercises graded, in course order.
  public var exercises: [String]
  /// The seed every submission was graded with (`--seed`); `nil` when each submission got its
  /// own (see ``ClassGrading/seed(student:exercise:)``).
  public var seed: UInt64?
  /// The slice of the class graded, for a shard's gradebook; `nil` for a whole class.
  public var shard: Shard?
  /// The students in the whole class, every shard together.
  public var classSize: Int
  public var students: [StudentGrades]
  /// Entries of the class folder that are no student's folder.
  public var strayFiles: [StrayFile]

  public init(
    exercises: [String], seed: UInt64?, shard: Shard?, classSize: Int,
    students: [StudentGrades], strayFiles: [StrayFile]
  ) {
    self.exercises = exercises
    self.seed = seed
    self.shard = shard
    self.classSize = classSize
    self.students = students
    self.strayFiles = strayFiles
  }

  private enum CodingKeys: String, CodingKey {
    case format, exercises, seed, shard, students
    case classSize = "class_size"
    case strayFiles = "stray_files"
  }

  /// Every student's entries, student by student.
  public var entries: [(student: String, entry: GradebookEntry)] {
    students.flatMap { student in student.entries.map { (student.name, $0) } }
  }
}

/// One student's grades.
public struct StudentGrades: Sendable, Equatable, Codable {
  /// The student's folder name.
  public var name: String
  /// Their workspace, relative to the class folder (`alice` or `alice/workspace`).
  public var workspace: String
  /// One entry per exercise, in course order.
  public var entries: [GradebookEntry]
  /// Files of theirs that were not graded.
  public var strayFiles: [StrayFile]

  public init(name: String, workspace: String, entries: [GradebookEntry], strayFiles: [StrayFile]) {
    self.name = name
    self.workspace = workspace
    self.entries = entries
    self.strayFiles = strayFiles
  }

  private enum CodingKeys: String, CodingKey {
    case name, workspace, entries
    case strayFiles = "stray_files"
  }
}

/// One student's result on one exercise: a row of `gradebook.csv`.
public struct GradebookEntry: Sendable, Equatable, Codable {
  /// A verdict's status, or why there is no verdict; written as the verdict's status is in
  /// `primer run --json` (`passed`, `compile_error`, …), or `missing`, or `unreadable`.
  public enum Status: Sendable, Hashable, Codable, RawRepresentable {
    /// Graded: the verdict's status. `internal_error` means the grader itself failed on this
    /// submission, never the student's fault.
    case graded(Verdict.Status)
    /// No file, or the starter code untouched.
    case missing
    /// The file is there but could not be read (permissions, not a file, not UTF-8 text).
    case unreadable

    public static let passed = Status.graded(.passed)
    public static let internalError = Status.graded(.internalError)

    public init?(rawValue: String) {
      switch rawValue {
      case "missing": self = .missing
      case "unreadable": self = .unreadable
      default:
        guard let status = Verdict.Status(rawValue: rawValue) else { return nil }
        self = .graded(status)
      }
    }

    public var rawValue: String {
      switch self {
      case .graded(let status): return status.rawValue
      case .missing: return "missing"
      case .unreadable: return "unreadable"
      }
    }

    /// Whether Primer, not the student, is why there is no verdict: re-run `primer grade`
    /// once the cause is fixed and only these are graded again.
    public var isGraderProblem: Bool { self == .internalError || self == .unreadable }
  }

  public var exercise: String
  public var status: Status
  public var checksPassed: Int
  /// The checks the exercise runs, whether or not they reported.
  public var checksTotal: Int
  /// The name of the known mistake the checks recognised.
  public var mistake: String?
  /// Seconds the grading took, to the millisecond, as it was measured when the submission
  /// was graded (a submission reused from an earlier run keeps its time).
  public var seconds: Double
  /// The seed its checks' random inputs were drawn with: `primer run EXERCISE --file FILE
  /// --seed SEED` gives the same verdict.
  public var seed: UInt64?
  /// The file graded, relative to the class folder.
  public var file: String
  /// Why there is no verdict (missing, unreadable, the grader's error).
  public var note: String?
  /// The verdict as `primer run --json` prints it.
  public var verdict: Verdict?

  private enum CodingKeys: String, CodingKey {
    case exercise, status, mistake, seconds, seed, file, note, verdict
    case checksPassed = "checks_passed"
    case checksTotal = "checks_total"
  }

  /// An entry with no verdict.
  init(exercise: ClassExercise, file: String, status: Status, note: String) {
    self.exercise = exercise.id
    self.status = status
    checksPassed = 0
    checksTotal = exercise.checkNames.count
    seconds = 0
    self.file = file
    self.note = note
  }

  /// The entry for `verdict`, which is first put in the form `primer run --json` gives, so a
  /// fresh verdict and one read back from a gradebook make the same entry.
  init(exercise: ClassExercise, file: String, verdict: Verdict) {
    let total = max(exercise.checkNames.count, verdict.checks.count + verdict.missingChecks.count)
    let verdict =
      (try? JSONEncoder().encode(verdict)).flatMap {
        try? JSONDecoder().decode(Verdict.self, from: $0)
      }
      ?? verdict
    self.exercise = exercise.id
    status = .graded(verdict.status)
    checksPassed = verdict.checks.filter(\.passed).count
    checksTotal = total
    mistake = verdict.mistake?.name
    seconds = verdict.seconds
    seed = verdict.seed
    self.file = file
    self.verdict = verdict
  }
}
