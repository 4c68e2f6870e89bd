import Base
import Dispatch
import Isolation

extension Grader {
  /// Runs the judge and the learner's program side by side, joined by a socket, and says what
  /// the pair did as one run.
  ///
  /// The judge (trusted: the author's code) runs outside the sandbox with a wall-clock limit
  /// and an output cap, and reports on its result channel; `learner` starts the learner's
  /// program in the sandbox with the other end of the link as its descriptor 3. Only the
  /// judge's channel is read for results.
  ///
  /// - Returns: the learner's own outcome; the pair's outcome, which is the learner's when it
  ///   crashed, hit a limit or stopped answering, else the judge's (its prints follow the
  ///   learner's); and the judge's report. Nil when `learner` returns nil (the program did
  ///   not compile): the judge is stopped.
  /// - Parameter setupSeconds: how long `learner` may take before its program starts (the
  ///   compiler's wall-clock limit), added to the judge's wall-clock limit: the judge starts
  ///   first and waits for the program's answers.
  static func runLinked(
    judge: String, seed: UInt64, limits: Limits, checks: [String], setupSeconds: Double = 0,
    learner: (Int32) throws(GradingError) -> RunOutcome?
  ) throws(GradingError) -> (learner: RunOutcome, judged: RunOutcome, report: ChannelReport)? {
    let (judgeEnd, learnerEnd) = try Platform.socketPair()
    let channel = ResultChannel()
    let child: ChildProcess
    do {
      child = try Platform.spawn(
        SpawnRequest(
          executable: judge, arguments: [String(seed)],
          environment: Sandbox.baseEnvironment.merging(channel.environment) { $1 },
          resultPipe: true, handedOver: [Harness.judgeLinkDescriptor: judgeEnd]))
    } catch {
      Platform.close(learnerEnd)
      throw error
    }
    // The judge waits on the learner's answers, and may run the mistakes afterwards.
    let judgeWall = limits.wallSeconds * 2 + 10 + setupSeconds
    let watched = JudgeWatch()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      watched.result = Supervision.watch(
        child, wallSeconds: judgeWall, outputBytes: limits.outputBytes)
    }
    let ran: RunOutcome?
    do {
      ran = try learner(learnerEnd)
    } catch {
      Platform.killGroup(child.pid)
      group.wait()
      throw error
    }
    guard let outcome = ran else {
      Platform.killGroup(child.pid)
      group.wait()
      return nil
    }
    group.wait()
    let judged = watched.result ?? Supervision()
    let report = channel.read(judged.results, expecting: checks)
    return (outcome, combine(learner: outcome, judge: judged), report)
  }

  /// The pair's outcome (see ``runLinked(judge:seed:limits:checks:learner:)``).
  static func combine(learner: RunOutcome, judge: Supervision) -> RunOutcome {
    var combined = learner
    combined.stdout = learner.stdout + judge.stdout
    combined.outputTruncated = learner.outputTruncated || judge.outputTruncated
    let stoppedAnswering = judge.waitStatus == .exited(Harness.linkLostStatus)
    switch learner.termination {
    case .exited where !stoppedAnswering:
      // The learner's program answered every call: the judge's ending decides.
      switch (judge.stop, judge.waitStatus) {
      case (.wallTime, _): combined.termination = .wallTimeExceeded
      case (.outputCap, _): combined.termination = .outputExceeded
      case (nil, .exited(let code)): combined.termination = .exited(code)
      case (nil, .signaled(let signal)):
        combined.termination = .signaled(signal)
        combined.stderr = judge.stderr
      }
    default:
      break
    }
    return combined
  }
}

/// The judge's supervision, filled on the thread that watches it.
private final class JudgeWatch: @unchecked Sendable {
  var result: Supervision?
}
