import Foundation
import Testing

@testable import Grading

/// Each file of `Fixtures/hostile` implements `double(_:)` in a hostile way; its name says
/// what the grader must make of it. Every case also checks that no process it started
/// survives, and every run is bounded by the sandbox's limits.
@Suite struct HostileCorpusTests {
  struct Expectation: CustomTestStringConvertible, Sendable {
    var fixture: String
    var status: Verdict.Status
    var termination: RunOutcome.Termination?
    /// CPU-bound fixtures get a wall limit far above their CPU limit, so that a loaded machine
    /// (the corpus runs in parallel) still stops them on CPU time.
    var limits = Workbench.limits
    var testDescription: String { fixture }
  }

  static let cpuBound = Limits(
    cpuSeconds: 1, wallSeconds: 10, memoryBytes: 256 << 20, outputBytes: 1 << 20,
    fileSizeBytes: 1 << 20, processes: 32)

  static let expectations: [Expectation] = [
    .init(fixture: "passes", status: .passed, termination: .exited(0)),
    .init(fixture: "compile_error", status: .compileError),
    .init(fixture: "index_out_of_range", status: .crashed, termination: .signaled(SIGILL)),
    .init(fixture: "fatal_error", status: .crashed, termination: .signaled(SIGILL)),
    .init(fixture: "integer_overflow", status: .crashed, termination: .signaled(SIGILL)),
    .init(fixture: "nil_unwrap", status: .crashed, termination: .signaled(SIGILL)),
    .init(
      fixture: "infinite_loop", status: .timedOut, termination: .cpuTimeExceeded,
      limits: cpuBound),
    .init(
      fixture: "infinite_loop_ignoring_sigxcpu", status: .timedOut, termination: .cpuTimeExceeded,
      limits: cpuBound),
    .init(fixture: "sleeps_forever", status: .timedOut, termination: .wallTimeExceeded),
    .init(fixture: "reads_stdin", status: .failed, termination: .exited(0)),
    .init(fixture: "allocates_forever", status: .memoryExceeded, termination: .memoryExceeded),
    .init(fixture: "runaway_recursion", status: .crashed, termination: .signaled(SIGSEGV)),
    .init(fixture: "prints_too_much", status: .outputExceeded, termination: .outputExceeded),
    .init(fixture: "passes_after_filling_stderr", status: .passed, termination: .exited(0)),
    .init(fixture: "fork_bomb", status: .timedOut),
    .init(fixture: "setsid_escape", status: .passed, termination: .exited(0)),
    .init(fixture: "network_access", status: .passed, termination: .exited(0)),
    .init(fixture: "writes_big_file", status: .outputExceeded, termination: .fileSizeExceeded),
    .init(fixture: "invalid_utf8_output", status: .passed, termination: .exited(0)),
    .init(fixture: "terminal_escapes", status: .passed, termination: .exited(0)),
    .init(fixture: "forged_pass", status: .failed, termination: .exited(0)),
    .init(fixture: "exit_early", status: .failed, termination: .exited(0)),
  ]

  @Test func everyFixtureHasAnExpectation() {
    #expect(Workbench.hostileNames() == Self.expectations.map(\.fixture).sorted())
  }

  @Test(arguments: expectations)
  func verdictClassAndNoSurvivors(_ expected: Expectation) throws {
    let start = Date()
    let graded = try Workbench.grade(
      try Workbench.hostile(expected.fixture), fileName: expected.fixture + ".swift",
      limits: expected.limits)
    #expect(
      graded.verdict.status == expected.status,
      "\(graded.verdict.summary)\n\(TerminalText.escape(graded.run?.stderr.prefix(2000).map { $0 } ?? []))"
    )
    if let termination = expected.termination {
      #expect(graded.run?.termination == termination)
    }
    #expect(Workbench.survivorsAfterSettling(marked: graded.marker).isEmpty)
    // Compile (< 30 s cap, ~1 s here) plus the 5 s wall limit, with room for a loaded machine.
    #expect(Date().timeIntervalSince(start) < 20)
  }
}
