/// Everything a supervised child left behind: its captured output, how it ended, how long it
/// took, and whether the supervisor had to stop it.
package struct Supervision {
  /// Why the supervisor killed the child's process group, if it did.
  package enum Stop: Equatable {
    case wallTime
    case outputCap
  }

  package var stdout: [UInt8] = []
  package var stderr: [UInt8] = []
  package var results: [UInt8] = []
  package var status: [UInt8] = []
  package var outputTruncated = false
  package var waitStatus: Platform.WaitStatus = .exited(0)
  package var wallSeconds = 0.0
  package var stop: Stop?

  package init() {}

  /// How long pipes are still drained after the child ends. An orphan (outside a PID
  /// namespace) may hold a pipe open forever: never wait for end of file.
  package static let drainSeconds = 0.25

  /// Reads `child`'s pipes concurrently (one `poll` loop, so a child filling stderr while we
  /// wait on stdout cannot deadlock) until it ends, and kills its process group at
  /// `wallSeconds` or once stdout and stderr together pass `outputBytes` (or the result
  /// channel passes `resultBytes`).
  package static func watch(
    _ child: ChildProcess, wallSeconds: Double, outputBytes: Int, resultBytes: Int = 1 << 20
  ) -> Supervision {
    var run = Supervision()
    let start = Platform.monotonicSeconds()
    var open = [child.stdout, child.stderr, child.results, child.status].compactMap { $0 }
    var endedAt: Double?

    func stop(_ reason: Stop) {
      if run.stop == nil { run.stop = reason }
      Platform.killGroup(child.pid)
    }

    while true {
      let now = Platform.monotonicSeconds()
      if endedAt == nil, let status = Platform.reap(child.pid, blocking: false) {
        run.waitStatus = status
        run.wallSeconds = now - start
        endedAt = now
      }
      if let endedAt {
        if open.isEmpty || now - endedAt > drainSeconds { break }
      } else if now - start >= wallSeconds {
        stop(.wallTime)
        run.waitStatus = Platform.reap(child.pid, blocking: true) ?? .signaled(9)
        run.wallSeconds = Platform.monotonicSeconds() - start
        endedAt = Platform.monotonicSeconds()
        continue
      }
      // With every pipe closed only the child's exit is awaited: look again soon, not after a
      // full 20 ms poll of nothing.
      for descriptor in Platform.waitReadable(open, milliseconds: open.isEmpty ? 1 : 20) {
        guard let bytes = Platform.readAvailable(descriptor) else {
          Platform.close(descriptor)
          open.removeAll { $0 == descriptor }
          continue
        }
        let room = max(0, outputBytes - run.stdout.count - run.stderr.count)
        switch descriptor {
        case child.stdout, child.stderr:
          if bytes.count > room {
            run.outputTruncated = true
            stop(.outputCap)
          }
          if descriptor == child.stdout {
            run.stdout += bytes.prefix(room)
          } else {
            run.stderr += bytes.prefix(room)
          }
        case child.results:
          run.results += bytes.prefix(max(0, resultBytes - run.results.count))
          if run.results.count >= resultBytes { stop(.outputCap) }
        default:
          run.status += bytes.prefix(4096)
        }
      }
    }
    // Stragglers still in the group (outside a PID namespace) die with it.
    Platform.killGroup(child.pid)
    open.forEach { Platform.close($0) }
    return run
  }
}
