/// How a sandboxed run ended and what it left behind.
public struct RunOutcome: Sendable, Equatable {
  /// How the program ended, classified.
  public enum Termination: Sendable, Equatable {
    /// It exited on its own with this status.
    case exited(Int32)
    /// A signal ended it (SIGILL for a Swift trap, SIGSEGV for a stack overflow…).
    case signaled(Int32)
    /// It used up its CPU time (SIGXCPU, or SIGKILL at the hard limit).
    case cpuTimeExceeded
    /// It was still running at the wall-clock deadline (sleeping, or waiting for input).
    case wallTimeExceeded
    /// It ran out of memory (the cgroup OOM killer, or a failed allocation under `RLIMIT_AS`).
    case memoryExceeded
    /// It printed more than the output limit, or flooded the result channel.
    case outputExceeded
    /// It tried to write a file larger than the file-size limit (SIGXFSZ).
    case fileSizeExceeded
    /// Its files together filled its private file system (``Limits/diskBytes``).
    case diskFull(limitBytes: Int)
  }

  public var termination: Termination
  /// User plus system CPU time of the program (and the children it waited for).
  public var cpuSeconds: Double
  public var wallSeconds: Double
  /// The peak resident memory of the program in bytes.
  public var maxResidentBytes: Int
  /// What the program printed, capped at the output limit: what came before a crash is kept.
  public var stdout: [UInt8]
  public var stderr: [UInt8]
  /// What the program wrote on the result channel (descriptor 3).
  public var results: [UInt8]
  /// Whether output was cut at the limit.
  public var outputTruncated: Bool
  /// The isolation the sandbox achieved: "pid+net" (as root), "user+pid+net" (an ordinary
  /// user, inside a user namespace of the run's own), "net" or "none" (where the kernel
  /// refuses user namespaces).
  public var isolation: String
  /// Whether the run had a cgroup of its own (memory and process caps, and the count of
  /// processes to kill); without one, rlimits and the process group are all there is.
  public var cgroup = false
  /// How many of the run's processes the cgroup's OOM killer ended.
  public var memoryKills = 0
  /// What the run's private file system held at the end; nil without one (no mount namespace).
  public var diskUsedBytes: Int?
}
