import Foundation
import Testing

@testable import Grading
@testable import Isolation

@Suite struct VerdictTests {
  static func run(_ termination: RunOutcome.Termination, stderr: String = "") -> RunOutcome {
    RunOutcome(
      termination: termination, cpuSeconds: 2, wallSeconds: 5, maxResidentBytes: 0, stdout: [],
      stderr: Array(stderr.utf8), results: [], outputTruncated: false, isolation: "pid+net")
  }

  static let allPassed = ChannelReport(
    checks: [.init(name: "a", passed: true, detail: "")], missing: [], ignoredRecords: 0,
    finished: true)

  @Test(arguments: [
    (RunOutcome.Termination.exited(0), Verdict.Status.passed),
    (.exited(1), .failed),
    (.signaled(SIGILL), .crashed),
    (.cpuTimeExceeded, .timedOut),
    (.wallTimeExceeded, .timedOut),
    (.memoryExceeded, .memoryExceeded),
    (.outputExceeded, .outputExceeded),
    (.fileSizeExceeded, .outputExceeded),
  ])
  func terminationDecidesBeforeTheChecks(
    _ termination: RunOutcome.Termination, _ status: Verdict.Status
  ) {
    #expect(
      Verdict.judge(Self.run(termination), report: Self.allPassed, learnerFiles: []).status
        == status)
  }

  @Test func aFailedCheckIsNamedInTheSummary() {
    let report = ChannelReport(
      checks: [
        .init(name: "a", passed: true, detail: ""),
        .init(name: "rows sum to 1", passed: false, detail: "row 2 sums to 1.5"),
      ], missing: [], ignoredRecords: 0, finished: true)
    let verdict = Verdict.judge(Self.run(.exited(0)), report: report, learnerFiles: [])
    #expect(verdict.status == .failed)
    #expect(verdict.summary == "1 of 2 checks failed; first: rows sum to 1: row 2 sums to 1.5")
  }

  @Test func statusNamesAreTheJSONOnes() {
    #expect(
      Verdict.Status.allCases.map(\.rawValue) == [
        "passed", "failed", "compile_error", "crashed", "timed_out", "memory_exceeded",
        "output_exceeded", "internal_error",
      ])
  }

  @Test func internalErrorsAreKeptApart() {
    let verdict = Verdict.internalError(.sandboxFailed(detail: "no status line"))
    #expect(verdict.status == .internalError)
    #expect(verdict.summary.contains("not a problem with your code"))
  }
}
