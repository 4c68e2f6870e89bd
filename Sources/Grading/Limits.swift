/// The resources one run of a learner's program may use.
///
/// The defaults follow what trusted graders do (DMOJ, Judge0, isolate): CPU time is the
/// primary limit, the wall-clock limit is well above it so that a program blocked on input or
/// sleeping is still stopped, and memory, output and file size are capped.
public struct Limits: Sendable, Equatable {
  /// CPU seconds: `RLIMIT_CPU` soft limit (SIGXCPU); the hard limit is one second more.
  public var cpuSeconds: Int
  /// Wall-clock seconds after which the whole process group (and PID namespace) is killed.
  public var wallSeconds: Double
  /// Memory: the cgroup memory limit when cgroups are available. The address-space limit
  /// (`RLIMIT_AS`) is never below 1 GiB, because the Swift runtime reserves address space it
  /// does not use.
  public var memoryBytes: Int
  /// stdout and stderr together; past this the run is stopped.
  public var outputBytes: Int
  /// The largest file the program may write (`RLIMIT_FSIZE`).
  public var fileSizeBytes: Int
  /// Processes and threads at once (cgroup `pids.max`), against fork bombs.
  public var processes: Int

  public init(
    cpuSeconds: Int = 5, wallSeconds: Double = 15, memoryBytes: Int = 512 << 20,
    outputBytes: Int = 1 << 20, fileSizeBytes: Int = 1 << 20, processes: Int = 32
  ) {
    precondition(cpuSeconds > 0 && wallSeconds > 0, "time limits must be positive")
    precondition(
      memoryBytes > 0 && outputBytes > 0 && fileSizeBytes >= 0 && processes > 0,
      "memory, output and process limits must be positive, the file-size limit not negative")
    self.cpuSeconds = cpuSeconds
    self.wallSeconds = wallSeconds
    self.memoryBytes = memoryBytes
    self.outputBytes = outputBytes
    self.fileSizeBytes = fileSizeBytes
    self.processes = processes
  }

  /// The address-space limit applied with `RLIMIT_AS`.
  var addressSpaceBytes: Int { max(memoryBytes, 1 << 30) }
}
