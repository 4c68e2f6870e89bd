import Base
import Dispatch

/// A fixed number of threads taking work items in order until none are left.
public enum Workers {
  /// Runs `body(index)` for each index in `0..<count` on `jobs` threads at most.
  ///
  /// Each worker is a serial dispatch queue of its own, which libdispatch gives a thread of
  /// its own even when `jobs` exceeds the cores (the work waits on child processes, not on the
  /// CPU, much of the time).
  public static func run(_ jobs: Int, count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let next = NextIndex()
    let group = DispatchGroup()
    for worker in 0..<max(1, min(jobs, count)) {
      DispatchQueue(label: "primer.grade.worker-\(worker)").async(group: group) {
        while let index = next.take(below: count) { body(index) }
      }
    }
    group.wait()
  }

  private final class NextIndex: @unchecked Sendable {
    private let lock = Lock()
    private var value = 0

    func take(below count: Int) -> Int? {
      lock.withLock {
        guard value < count else { return nil }
        defer { value += 1 }
        return value
      }
    }
  }
}
