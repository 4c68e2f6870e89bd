import Base
import Course
import Isolation

import enum Checks.CheckKind

extension Grader {
  /// The seed `primer verify` uses, so that CI sees the same inputs every time:
  /// `$PRIMER_VERIFY_SEED` when set (to try an exercise's checks on other inputs), else a
  /// fixed one.
  public static var verifySeed: UInt64 {
    ProcessInfo.processInfo.environment["PRIMER_VERIFY_SEED"].flatMap { UInt64($0) }
      ?? 20_261_129
  }

  /// Verifies `exercise` as its author must: the solution passes every check, the starter
  /// compiles and fails, and each mistake fails and is named as itself.
  public func verify(_ exercise: Exercise) throws(GradingError) -> VerifyReport {
    try verify(exercise, lessonFile: Grader.lessonFile(of: exercise))
  }

  /// ``verify(_:)`` with the lesson file named in diagnostics.
  public func verify(_ exercise: Exercise, lessonFile: String) throws(GradingError)
    -> VerifyReport
  {
    try prepare()
    var report = VerifyReport(exercise: exercise.id)
    let spec: ExerciseSpec
    do {
      spec = try ExerciseSpec(exercise, lessonFile: lessonFile)
    } catch {
      report.add("exercise", ok: false, error.description)
      return report
    }
    let names = spec.checkNames
    if names.isEmpty {
      report.add(
        "checks", ok: false,
        "no `check.example(\"…\")`, `check.compare`, `check.property` or `check.gradient` "
          + "with a literal name in the ```checks block")
    }
    if Set(names).count != names.count {
      report.add("checks", ok: false, "two checks have the same name; give each its own")
    }
    for mistake in spec.mistakes where mistake.message.isEmpty {
      report.add(
        "mistake \(mistake.name)", ok: false,
        "has no message: write ```mistake \(mistake.name) message=\"What went wrong and how to fix it.\""
      )
    }
    if spec.mistakes.isEmpty {
      report.add("mistakes", ok: true, "none declared")
    }
    do {
      _ = try exerciseJudge(spec)
    } catch {
      report.add("solution and mistakes", ok: false, error.description)
      return report
    }

    let folder =
      FileManager.default.temporaryDirectory.path() + "primer-verify-" + UUID().uuidString
    try CacheFolder.createFolder(folder)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    func grade(_ code: ExerciseSpec.Code, as name: String) throws(GradingError) -> Verdict {
      let file = "\(folder)/\(name)/\(exercise.id).swift"
      try CacheFolder.createFolder("\(folder)/\(name)")
      try Grader.write(code.text, to: file)
      return try self.grade(exercise, file: file, seed: Grader.verifySeed, lessonFile: lessonFile)
    }

    let solution = try grade(spec.solution, as: "solution")
    report.add(
      "solution", ok: solution.status == .passed,
      solution.status == .passed
        ? "passes \(solution.checks.count) checks" : Grader.describe(solution))

    if let starter = spec.starter {
      let verdict = try grade(starter, as: "starter")
      let passedByStarter = verdict.checks.filter {
        $0.passed && !spec.anyAnswerChecks.contains($0.name)
      }.map(\.name)
      switch verdict.status {
      case .failed where !passedByStarter.isEmpty:
        report.add(
          "starter", ok: false,
          "passes " + Grader.quoted(passedByStarter) + ": a check the untouched starter passes "
            + "does not test the TODO. Make it fail for the starter, or mark it "
            + "`anyAnswer: true` if it holds for any answer")
      case .failed:
        report.add("starter", ok: true, "compiles and fails every check, as it should")
      case .passed:
        report.add("starter", ok: false, "passes every check: the checks do not test the TODO")
      default:
        report.add(
          "starter", ok: false, "must compile and fail its checks, but: \(Grader.describe(verdict))"
        )
      }
    }

    // The checks some mistake fails: a check no mistake fails has not shown what it catches.
    var caught: Set<String> = []
    for mistake in spec.mistakes {
      let verdict = try grade(mistake.code, as: mistake.namespace)
      caught.formUnion(verdict.checks.filter { !$0.passed }.map(\.name))
      caught.formUnion(verdict.missingChecks)
      let subject = "mistake \(mistake.name)"
      if verdict.status == .passed {
        report.add(subject, ok: false, "passes every check: add a check that catches it")
      } else if verdict.mistake?.name == mistake.name {
        report.add(subject, ok: true, "fails and is named")
      } else {
        let named = verdict.mistake.map { "is taken for `\($0.name)`" } ?? "is not named"
        report.add(
          subject, ok: false,
          "fails but \(named): \(Grader.describe(verdict)). Make its outputs differ from the "
            + "other mistakes' on a compare check, or fail a check the others pass")
      }
    }
    // A worked example is the learner's first, hand-checkable feedback: it need not catch a
    // mistake of its own.
    let examples = Set(ExerciseSpec.checkNames(in: spec.checks.text, kinds: [.example]))
    let idle = names.filter {
      !caught.contains($0) && !spec.anyAnswerChecks.contains($0) && !examples.contains($0)
    }
    if !spec.mistakes.isEmpty, !idle.isEmpty {
      report.add(
        "checks", ok: false,
        "no mistake fails " + Grader.quoted(idle) + ": each check must catch at least one "
          + "catalogued mistake. Add the ```mistake it catches, or remove the check")
    }
    return report
  }

  /// Check names as `` `a`, `b` ``.
  static func quoted(_ names: [String]) -> String {
    names.map { "`\($0)`" }.joined(separator: ", ")
  }

  /// A verdict in one line, for verify reports.
  static func describe(_ verdict: Verdict) -> String {
    let errors = verdict.diagnostics.filter { $0.severity == .error }.prefix(3)
      .map { "\($0.file):\($0.line):\($0.column): \($0.message)" }
    return "\(verdict.status.rawValue): \(verdict.summary)"
      + (errors.isEmpty || verdict.status != .compileError
        ? "" : " [" + errors.joined(separator: "; ") + "]")
  }
}
