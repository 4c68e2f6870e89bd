import Dispatch

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Work split across the machine's cores: the tensor's one place for threads.
///
/// OpenBLAS's own threads spin and yield between calls, which on the small products of a
/// tiny model cost more than they save (measured on 2 cores: 19 training steps/s with
/// OpenBLAS on 2 threads, 25 on 1). So BLAS runs on one thread per call, and the operations
/// split their work into independent parts themselves (rows of a product, sequences of a
/// batch), one part per core.
public enum Parallel {
  /// The number of parts work is split into: the active processors, at most 8.
  public nonisolated(unsafe) static var ways = min(
    max(ProcessInfo.processInfo.activeProcessorCount, 1), 8)

  /// Runs `body(part)` for `part` in `0..<parts`, concurrently when `parts > 1`.
  @inlinable public static func forEach(_ parts: Int, _ body: (Int) -> Void) {
    if parts <= 1 {
      for part in 0..<parts { body(part) }
    } else {
      // The parts touch disjoint memory by construction; the box tells the compiler so.
      withoutActuallyEscaping(body) { body in
        let box = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: parts) { box.value($0) }
      }
    }
  }

  /// The `part`-th of `parts` nearly equal slices of `0..<count`.
  @inlinable public static func slice(_ part: Int, of parts: Int, count: Int) -> Range<Int> {
    (count * part / parts)..<(count * (part + 1) / parts)
  }
}

/// A value handed to other threads by a caller who guarantees the accesses do not race.
@usableFromInline struct UncheckedSendable<Value>: @unchecked Sendable {
  @usableFromInline let value: Value
  @usableFromInline init(_ value: Value) { self.value = value }
}
