import Isolation

/// The grader's judgement of one submission: a status, the checks behind it, and what the
/// learner needs to see to act on it.
public struct Verdict: Sendable, Equatable {
  /// The outcome class. The raw values appear in `primer run --json`.
  public enum Status: String, Sendable, Codable, CaseIterable {
    case passed
    case failed
    case compileError = "compile_error"
    case crashed
    case timedOut = "timed_out"
    case memoryExceeded = "memory_exceeded"
    case outputExceeded = "output_exceeded"
    /// The grader itself failed; never the learner's fault.
    case internalError = "internal_error"
  }

  public var status: Status
  /// One sentence saying what happened, and what to try.
  public var summary: String
  /// The checks that reported, in the expected order.
  public var checks: [CheckResult] = []
  /// Expected checks that never reported.
  public var missingChecks: [String] = []
  /// The crash, for ``Status/crashed``.
  public var trap: TrapReport?
  /// The check that was running when the program crashed or was stopped: the one the judge
  /// failed because the learner's program stopped answering during it, else the first expected
  /// check that never reported.
  public var runningCheck: String? {
    guard status != .passed, status != .failed, status != .compileError else { return nil }
    let interrupted = checks.last { !$0.passed && $0.detail.contains(Verdict.interruptedMarker) }
    return interrupted?.name ?? missingChecks.first
  }

  /// The words of the judge's message for the check the learner's program stopped answering in.
  static let interruptedMarker = "stopped answering while this check was running"
  /// Compiler messages, for ``Status/compileError`` (and warnings otherwise).
  public var diagnostics: [CompilerDiagnostic] = []
  /// The exercise's id.
  public var exercise = ""
  /// The seed of the run's random inputs: `primer run EXERCISE --seed N` repeats them.
  public var seed: UInt64?
  /// Wall-clock seconds from the start of grading to the verdict.
  public var seconds = 0.0
  /// The known mistake that explains the failures, when the checks recognised one.
  public var mistake: Mistake?
  /// What the program printed (stdout, then stderr when it did not crash), capped; not
  /// escaped: escape it with ``TerminalText`` before showing it.
  public var output = ""
  /// How the learner's program was isolated when it ran (``RunOutcome/isolation``): nil when
  /// it did not run. Not part of the JSON.
  public var isolation: String?

  /// A known mistake, named as in the lesson's `mistake NAME` block, with its fix.
  public struct Mistake: Sendable, Equatable, Codable {
    public var name: String
    /// The lesson's `message="…"`: what the learner did and how to fix it.
    public var message: String

    public init(name: String, message: String) {
      self.name = name
      self.message = message
    }
  }

  public init(status: Status, summary: String) {
    self.status = status
    self.summary = summary
  }

  /// The verdict for a compilation that produced no program.
  public static func compileFailed(_ outcome: Compiler.Outcome) -> Verdict {
    let errors = outcome.diagnostics.filter { $0.severity == .error }
    let summary: String
    if let size = outcome.sourceTooLarge {
      summary =
        "The file is \(size >> 20) MiB; the grader compiles files of up to "
        + "\(Compiler.sourceLimitBytes >> 20) MiB. Keep only your solution in it."
    } else if outcome.timedOut {
      summary =
        "The compiler gave up after \(Int(outcome.seconds)) s. "
        + "Split long expressions into smaller steps with explicit types."
    } else if outcome.memoryExceeded {
      summary =
        "The compiler ran out of memory and was stopped. "
        + "Split long expressions and large literals into smaller steps with explicit types."
    } else if outcome.outputExceeded {
      summary = "The compiler printed too many errors; fix the first ones and try again."
    } else if let first = errors.first {
      summary = "\(first.fileName):\(first.line):\(first.column): \(first.message)"
    } else {
      summary = "The code did not compile."
    }
    var verdict = Verdict(status: .compileError, summary: summary)
    verdict.diagnostics = outcome.diagnostics
    return verdict
  }

  /// The verdict for a run, from how it ended and what its result channel held.
  ///
  /// A run passes only if it exited with status 0, reached the end of its checks, and every
  /// expected check reported a pass. A limit or a signal decides the status before the checks.
  public static func judge(
    _ run: RunOutcome, report: ChannelReport, learnerFiles: Set<String>
  ) -> Verdict {
    var verdict: Verdict
    switch run.termination {
    case .cpuTimeExceeded:
      verdict = Verdict(
        status: .timedOut,
        summary: "The program used all of its \(String(format1: run.cpuSeconds)) s of CPU time. "
          + "Look for a loop whose condition never becomes false.")
    case .wallTimeExceeded:
      verdict = Verdict(
        status: .timedOut,
        summary: "The program was still running after \(String(format1: run.wallSeconds)) s "
          + "while barely using the CPU: is it sleeping or waiting for input?")
    case .memoryExceeded:
      verdict = Verdict(
        status: .memoryExceeded,
        summary: "The program ran out of memory. Look for an array that grows without end.")
    case .outputExceeded:
      verdict = Verdict(
        status: .outputExceeded,
        summary: "The program printed more than the output limit and was stopped. "
          + "Remove prints inside loops.")
    case .fileSizeExceeded:
      verdict = Verdict(
        status: .outputExceeded,
        summary: "The program tried to write a file larger than the limit and was stopped.")
    case .diskFull(let limit):
      verdict = Verdict(
        status: .outputExceeded,
        summary: "The program's files filled the \(limit >> 20) MiB a run may write (its folder, "
          + "/tmp, /var/tmp and /dev/shm together). Write less, or keep data in memory.")
    case .signaled(let signal):
      let trap = TrapReport.parse(stderr: run.stderr, learnerFiles: learnerFiles)
      let place =
        trap.flatMap { trap in
          trap.file.map { " at \($0):\(trap.line ?? 0):\(trap.column ?? 0)" }
        } ?? ""
      let what = trap?.message ?? "signal \(signal)"
      verdict = Verdict(status: .crashed, summary: "The program crashed\(place): \(what).")
      verdict.trap = trap
    case .exited(let code):
      let failed = report.checks.filter { !$0.passed }
      if code == 0 && report.finished && report.missing.isEmpty && failed.isEmpty {
        verdict = Verdict(status: .passed, summary: "All \(report.checks.count) checks passed.")
      } else if let first = failed.first {
        verdict = Verdict(
          status: .failed,
          summary: "\(failed.count) of \(report.checks.count + report.missing.count) checks "
            + "failed; first: \(first.name): \(first.detail)")
      } else if report.missing.isEmpty {
        verdict = Verdict(
          status: .failed,
          summary: "Every check passed, but the program then exited with status \(code). "
            + "Don't call exit() in an exercise.")
      } else {
        verdict = Verdict(
          status: .failed,
          summary: "The program ended (exit status \(code)) before \(report.missing.count) "
            + "check(s) reported: \(report.missing.joined(separator: ", ")). "
            + "Don't call exit() in an exercise; return the value instead.")
      }
    }
    verdict.checks = report.checks
    verdict.missingChecks = report.missing
    return verdict
  }

  /// The verdict when the grader itself failed.
  public static func internalError(_ error: GradingError) -> Verdict {
    Verdict(status: .internalError, summary: error.description)
  }
}

extension String {
  /// `value` with one decimal.
  fileprivate init(format1 value: Double) {
    let tenths = Int((value * 10).rounded())
    self = "\(tenths / 10).\(tenths % 10)"
  }
}
