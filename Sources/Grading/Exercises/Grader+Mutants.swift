import Base
import Course
import Isolation
import Mutation

extension Grader {
  /// The seeds every mutant is graded on: ``verifySeed`` and the two after it.
  public static var mutantSeeds: [UInt64] { (0..<3).map { verifySeed &+ $0 } }

  /// Mutation testing of `exercise`'s checks: makes the mutants of its solution
  /// (``MutantGenerator``), grades each as a learner's file on the ``mutantSeeds``, and
  /// reports the ones no check kills.
  ///
  /// A mutant that does not compile is counted apart and not graded; one the lesson marks
  /// equivalent (``EquivalentMutant``) is not graded either. Any other verdict than `passed`
  /// on any seed kills a mutant, and its later seeds are not run.
  ///
  /// - Parameters:
  ///   - limit: at most this many mutants, spread evenly over them (``MutantGenerator/sample(_:limit:)``);
  ///     all when `nil`.
  ///   - jobs: how many mutants are graded at once.
  /// - Throws: ``GradingError`` when the grader fails or the exercise is malformed.
  public func verifyMutants(
    _ exercise: Exercise, lessonFile: String, limit: Int?, jobs: Int
  ) throws(GradingError) -> MutationReport {
    try prepare()
    let spec = try ExerciseSpec(exercise, lessonFile: lessonFile)
    _ = try exerciseJudge(spec)
    var report = MutationReport(exercise: exercise.id, lessonFile: lessonFile)
    let all = MutantGenerator.mutants(of: spec.solution.text)
    let chosen = MutantGenerator.sample(all, limit: limit)
    let marks = exercise.equivalentMutants
    func marked(_ mutant: Mutant, by mark: EquivalentMutant) -> Bool {
      mark.line == mutant.line && mark.original == mutant.original
        && mark.mutated == mutant.mutated
    }
    if chosen.count == all.count {
      report.unmatchedMarks = marks.filter { mark in !all.contains { marked($0, by: mark) } }
    }
    let graded = chosen.filter { mutant in !marks.contains { marked(mutant, by: $0) } }
    report.mutants = chosen.count
    report.equivalent = chosen.count - graded.count

    let folder =
      FileManager.default.temporaryDirectory.path() + "primer-mutants-" + UUID().uuidString
    try CacheFolder.createFolder(folder)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let outcomes = MutantOutcomes(count: graded.count)
    Workers.run(max(1, jobs), count: graded.count) { index in
      outcomes.set(
        index,
        Result { () throws(GradingError) -> MutantOutcome in
          let file = "\(folder)/\(index)/\(exercise.id).swift"
          try CacheFolder.createFolder("\(folder)/\(index)")
          try Grader.write(graded[index].source, to: file)
          for seed in Grader.mutantSeeds {
            let verdict = try self.grade(exercise, file: file, seed: seed, lessonFile: lessonFile)
            switch verdict.status {
            case .passed: continue
            case .compileError, .internalError: return .notCompiling
            default: return .killed
            }
          }
          return .survived
        })
    }
    for (mutant, outcome) in zip(graded, outcomes.all) {
      switch try outcome.get() {
      case .killed: report.killed += 1
      case .notCompiling: report.notCompiling += 1
      case .survived:
        report.survivors.append(
          MutationReport.Survivor(
            kind: mutant.kind, line: spec.solution.line + mutant.line - 1,
            solutionLine: mutant.line, original: mutant.original, mutated: mutant.mutated))
      }
    }
    return report
  }
}

/// What grading one mutant on every seed came to.
enum MutantOutcome: Sendable {
  case killed, survived
  /// It did not compile, or the grader could not run it.
  case notCompiling
}

/// The outcomes of mutants graded on several threads, in the mutants' order.
private final class MutantOutcomes: @unchecked Sendable {
  private let lock = Lock()
  private var outcomes: [Result<MutantOutcome, GradingError>?]

  init(count: Int) { outcomes = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ outcome: Result<MutantOutcome, GradingError>) {
    lock.withLock { outcomes[index] = outcome }
  }

  var all: [Result<MutantOutcome, GradingError>] { lock.withLock { outcomes.map { $0! } } }
}
