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
  /// Processes and threads at once (cgroup `pids.max`; in a user namespace of the run's own,
  /// also `RLIMIT_NPROC`), against fork bombs.
  public var processes: Int
  /// Everything the run may write, in its working folder, `/tmp`, `/var/tmp` and `/dev/shm`
  /// together: the size of its private tmpfs (see ``Sandbox``), when a mount namespace is
  /// available. tmpfs pages are memory: this also counts against ``memoryBytes``.
  public var diskBytes: Int

  public init(
    cpuSeconds: Int = 5, wallSeconds: Double = 15, memoryBytes: Int = 512 << 20,
    outputBytes: Int = 1 << 20, fileSizeBytes: Int = 1 << 20, processes: Int = 32,
    diskBytes: Int = 64 << 20
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
    self.diskBytes = diskBytes
  }

  /// The limits of a learner's compilation: `swiftc` and every `swift-frontend` it starts
  /// share one cgroup and one PID namespace. A program's 5 s are too little for a cold module
  /// cache on a loaded machine, and `swift-frontend` needs far more than a program's memory;
  /// its output is capped at 64 KiB (DMOJ's figure). Neither the address space nor the size of
  /// the files it writes is limited.
  public static let compile = Limits(
    cpuSeconds: 30, wallSeconds: 60, memoryBytes: 2 << 30, outputBytes: 64 << 10,
    processes: 64)

  /// The limits of building the kit and the exercise modules: trusted code, optimised, so
  /// generous; the compiler is still contained, so that nothing outlives `primer`.
  public static let kitBuild = Limits(
    cpuSeconds: 900, wallSeconds: 1800, memoryBytes: 8 << 30, outputBytes: 1 << 20,
    processes: 64)

  /// The address-space limit applied with `RLIMIT_AS` (to programs, never to the compiler).
  var addressSpaceBytes: Int { max(memoryBytes, 1 << 30) }

  /// The limit on each process's private writable memory, `RLIMIT_DATA`: the memory bound
  /// where no cgroup is available, for programs and the compiler alike. Unlike `RLIMIT_AS` it
  /// does not count address space reserved and never written, so `swiftc` works under it
  /// (measured: a small file compiles under 1 GiB; under 100 MB the driver hangs until the
  /// wall-clock limit, hence the 1 GiB floor, as for `RLIMIT_AS`).
  var dataBytes: Int { max(memoryBytes, 1 << 30) }
}
