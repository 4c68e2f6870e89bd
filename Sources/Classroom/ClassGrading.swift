import Base
import Dispatch
import Grading

/// Grades a class: every exercise of every student (of one shard), several submissions at
/// once, each through ``Grader/grade(_:file:seed:lessonFile:)`` as `primer run --file` grades
/// it, so each runs sealed under its own limits and gets the verdict `primer run` gives.
///
/// A submission whose key (its text, seed, exercise and grader; see
/// ``Grader/verdictKey(for:text:seed:lessonFile:)``) matches the record kept in the output
/// folder is not graded again. A file is copied before it is graded, so the verdict is that of
/// the bytes the key was computed from even if the file changes meanwhile.
public struct ClassGrading: Sendable {
  public var classFolder: ClassFolder
  public var exercises: [ClassExercise]
  /// The seed of every submission; `nil` gives each its own (``seed(student:exercise:)``).
  public var seed: UInt64?
  public var shard: Shard?
  /// How many submissions are graded at once.
  public var jobs: Int

  /// - Precondition: `jobs ≥ 1`.
  public init(
    classFolder: ClassFolder, exercises: [ClassExercise], seed: UInt64?, shard: Shard?, jobs: Int
  ) {
    precondition(jobs >= 1, "at least one job")
    self.classFolder = classFolder
    self.exercises = exercises
    self.seed = seed
    self.shard = shard
    self.jobs = jobs
  }

  /// The students this run grades: the shard's, or the whole class.
  public var students: [ClassFolder.Student] {
    classFolder.students.enumerated().filter { shard?.includes($0.offset) ?? true }.map(\.element)
  }

  /// The seed of `student`'s `exercise` when no `--seed` is given: drawn from a hash of the
  /// two names, so it is the same on every run and every machine, differs between students
  /// (an answer copied for one student's inputs does not fit another's), and lies in
  /// `1...999_999` like the seeds `primer run` draws.
  public static func seed(student: String, exercise: String) -> UInt64 {
    let hash = UInt64(ContentHash.of(["primer grade", student, exercise]), radix: 16) ?? 0
    return hash % 999_999 + 1
  }

  /// Where grading stands, after each submission.
  public struct Progress: Sendable {
    /// Submissions done (graded, reused or missing) and in all.
    public var done: Int
    public var total: Int
    /// How many of those done were unchanged since an earlier run.
    public var reused: Int
    public var student: String
    public var exercise: String
  }

  /// What a run did.
  public struct Report: Sendable {
    public var gradebook: Gradebook
    /// Submissions compiled and run now.
    public var graded: Int
    /// Submissions unchanged since an earlier run, whose verdict was kept.
    public var reused: Int
  }

  /// Grades the students of ``students`` and writes the gradebook into `output`.
  ///
  /// One submission's crash, hang or flood ends at its own limits; the others go on.
  ///
  /// - Parameter progress: called after each submission, from the thread that did it, one
  ///   call at a time.
  /// - Throws: ``ClassroomError/storage(operation:path:reason:)`` when the output folder cannot
  ///   be written; what was graded before is kept.
  public func run(
    grader: Grader, output: GradebookFolder,
    progress: @escaping @Sendable (Progress) -> Void = { _ in }
  ) throws(ClassroomError) -> Report {
    let students = self.students
    let work = students.indices.flatMap { s in exercises.indices.map { (s, $0) } }
    let scratch =
      FileManager.default.temporaryDirectory.path() + "primer-grade-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let state = SharedState(count: work.count)
    let grading = self
    Workers.run(jobs, count: work.count) { index in
      let (s, e) = work[index]
      let student = students[s]
      let outcome = grading.entry(
        of: student, grading.exercises[e], grader: grader, output: output,
        scratch: "\(scratch)/\(index)")
      state.finish(index, outcome) { done, reused in
        progress(
          Progress(
            done: done, total: work.count, reused: reused, student: student.name,
            exercise: grading.exercises[e].id))
      }
    }
    let outcomes = try state.outcomes()
    var grades: [StudentGrades] = []
    for (s, student) in students.enumerated() {
      let entries = exercises.indices.map { outcomes[s * exercises.count + $0].entry }
      grades.append(
        StudentGrades(
          name: student.name, workspace: student.workspace, entries: entries,
          strayFiles: student.strayFiles))
    }
    let gradebook = Gradebook(
      exercises: exercises.map(\.id), seed: seed, shard: shard,
      classSize: classFolder.students.count, students: grades,
      strayFiles: classFolder.strayFiles)
    try output.write(gradebook)
    return Report(
      gradebook: gradebook, graded: outcomes.filter { $0.graded }.count,
      reused: outcomes.filter { $0.reused }.count)
  }

  /// One submission's entry, and whether it was graded now or reused.
  struct Outcome: Sendable {
    var entry: GradebookEntry
    var graded = false
    var reused = false
    var storageError: ClassroomError?
  }

  private func entry(
    of student: ClassFolder.Student, _ exercise: ClassExercise, grader: Grader,
    output: GradebookFolder, scratch: String
  ) -> Outcome {
    let file = "\(student.workspace)/\(exercise.id).swift"
    func without(_ status: GradebookEntry.Status, _ note: String) -> Outcome {
      Outcome(entry: GradebookEntry(exercise: exercise, file: file, status: status, note: note))
    }
    if let reason = student.unreadable {
      return without(.unreadable, "The folder \(student.workspace) could not be listed: \(reason).")
    }
    let bytes: [UInt8]?
    do {
      bytes = try FileSystem.contents(of: FilePath.join(classFolder.path, file))
    } catch {
      return without(.unreadable, "The file could not be read: \(error.reason).")
    }
    guard let bytes else { return without(.missing, "There is no file.") }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return without(.unreadable, "The file is not UTF-8 text; save it as UTF-8.")
    }
    if exercise.untouched(text) { return without(.missing, "The file holds the starter code.") }
    let seed = self.seed ?? ClassGrading.seed(student: student.name, exercise: exercise.id)
    let key: String
    do {
      key = try grader.verdictKey(
        for: exercise.entry.exercise, text: text, seed: seed, lessonFile: exercise.lessonFile)
    } catch {
      return without(.internalError, error.description)
    }
    if let record = output.record(student: student.name, exercise: exercise.id),
      record.key == key, record.entry.file == file
    {
      return Outcome(entry: record.entry, reused: true)
    }
    // The grader sees a copy with the learner's file name, so the verdict names the file as
    // `primer run` does, and is the verdict of the bytes the key was made from.
    let copy = "\(scratch)/\(exercise.id).swift"
    do {
      try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
      try AtomicFile.write(bytes, to: copy)
    } catch {
      return without(.internalError, "Could not copy the file to \(scratch): \(error).")
    }
    let verdict: Verdict
    do {
      verdict = try grader.grade(
        exercise.entry.exercise, file: copy, seed: seed, lessonFile: exercise.lessonFile)
    } catch {
      var failed = without(.internalError, error.description)
      failed.entry.seed = seed
      return failed
    }
    var outcome = Outcome(
      entry: GradebookEntry(exercise: exercise, file: file, verdict: verdict), graded: true)
    if !outcome.entry.status.isGraderProblem {
      do {
        try output.save(
          GradebookFolder.Record(key: key, entry: outcome.entry), student: student.name)
      } catch {
        outcome.storageError = error
      }
    }
    return outcome
  }
}

/// The outcomes of a run's workers, each stored at its submission's index, and the count of
/// those done, behind one lock.
private final class SharedState: @unchecked Sendable {
  private let lock = Lock()
  private var results: [ClassGrading.Outcome?]
  private var done = 0
  private var reused = 0

  init(count: Int) {
    results = Array(repeating: nil, count: count)
  }

  /// Stores `outcome` and calls `report` with the counts so far, under the lock so that
  /// reports come one at a time and in order.
  func finish(_ index: Int, _ outcome: ClassGrading.Outcome, report: (Int, Int) -> Void) {
    lock.withLock {
      results[index] = outcome
      done += 1
      if outcome.reused { reused += 1 }
      report(done, reused)
    }
  }

  /// Every outcome, once all are done.
  ///
  /// - Throws: the first failure to keep a record, in submission order.
  func outcomes() throws(ClassroomError) -> [ClassGrading.Outcome] {
    let all = lock.withLock { results.map { $0! } }
    if let error = all.lazy.compactMap(\.storageError).first { throw error }
    return all
  }
}
