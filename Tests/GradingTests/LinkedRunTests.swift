import Glibc
import Testing

@testable import Grading
@testable import Isolation

/// How the judge's and the learner's endings make the one outcome a verdict is judged from.
@Suite struct LinkedRunTests {
  static func learner(_ termination: RunOutcome.Termination) -> RunOutcome {
    RunOutcome(
      termination: termination, cpuSeconds: 0.1, wallSeconds: 0.2, maxResidentBytes: 0,
      stdout: Array("learner\n".utf8), stderr: Array("learner's stderr".utf8), results: [],
      outputTruncated: false, isolation: "pid+net")
  }

  static func judge(_ status: Platform.WaitStatus, stop: Supervision.Stop? = nil) -> Supervision {
    var judge = Supervision()
    judge.waitStatus = status
    judge.stop = stop
    judge.stdout = Array("judge\n".utf8)
    judge.stderr = Array("judge's stderr".utf8)
    return judge
  }

  @Test func aLearnerThatAnsweredEverythingIsJudgedByTheJudgesEnding() {
    let passed = Grader.combine(learner: Self.learner(.exited(0)), judge: Self.judge(.exited(0)))
    #expect(passed.termination == .exited(0))
    #expect(passed.stdout == Array("learner\njudge\n".utf8))
    // A check that trapped on the learner's answer (a wrong shape) is a crash with the
    // judge's message.
    let trapped = Grader.combine(
      learner: Self.learner(.exited(0)), judge: Self.judge(.signaled(4)))
    #expect(trapped.termination == .signaled(4))
    #expect(trapped.stderr == Array("judge's stderr".utf8))
    let slow = Grader.combine(
      learner: Self.learner(.exited(0)), judge: Self.judge(.signaled(9), stop: .wallTime))
    #expect(slow.termination == .wallTimeExceeded)
  }

  @Test func aLearnerThatStoppedAnsweringIsJudgedByItsOwnEnding() {
    let crashed = Grader.combine(
      learner: Self.learner(.signaled(4)), judge: Self.judge(.exited(Harness.linkLostStatus)))
    #expect(crashed.termination == .signaled(4))
    #expect(crashed.stderr == Array("learner's stderr".utf8))
    let exited = Grader.combine(
      learner: Self.learner(.exited(0)), judge: Self.judge(.exited(Harness.linkLostStatus)))
    #expect(exited.termination == .exited(0))
    let slow = Grader.combine(
      learner: Self.learner(.cpuTimeExceeded), judge: Self.judge(.exited(Harness.linkLostStatus)))
    #expect(slow.termination == .cpuTimeExceeded)
  }
}

/// The link's ends stay clear of the descriptors a child gets them on: with 3 and 4 free in
/// the grader (a fresh `primer run`), an end numbered 3 was overwritten by the judge's
/// result pipe before it could be moved to 4.
@Suite struct LinkDescriptorTests {
  @Test func bothEndsAreAboveTheChildsDescriptors() throws {
    let (first, second) = try Platform.socketPair()
    defer { [first, second].forEach(Platform.close) }
    #expect(first >= 10 && second >= 10)
    #expect(fcntl(first, F_GETFD) & FD_CLOEXEC != 0)
  }
}
