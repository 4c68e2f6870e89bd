import Base

/// Runs a compiled learner program under ``Limits`` and reports what happened.
///
/// The program is started through the `primer-sandbox` trampoline, which joins a per-run
/// cgroup (memory and process caps, when available), sets `RLIMIT_CPU` (soft t, hard t + 1),
/// `RLIMIT_AS` and `RLIMIT_DATA` (≥ 1 GiB), `RLIMIT_FSIZE` and `RLIMIT_CORE` = 0, enters a
/// fresh PID, network and mount namespace (as root; otherwise inside a user namespace of its
/// own, where the kernel allows one), gives the run a private size-capped tmpfs for its
/// working folder, `/tmp`, `/var/tmp` and `/dev/shm` with every other mount read-only, runs
/// the program as a user of its own (when root), and runs it under a reaper that is PID 1
/// there. The
/// supervisor reads stdout, stderr and the result channel concurrently, and SIGKILLs the whole
/// process group at the wall-clock deadline or the output cap. When the reaper ends, the kernel
/// kills whatever is left in the namespace, including processes that left the group with
/// `setsid`.
public struct Sandbox: Sendable {
  /// The `primer-sandbox` executable.
  public let trampoline: String
  /// Whether to use a per-run cgroup when the system allows it; off only to test the rlimit
  /// fallback that ordinary users get.
  var usesCgroups = true
  /// A user the trampoline is started as (through `setpriv`) instead of the grader's: only
  /// for tests, run as root, of what a grader run by an ordinary user gets.
  var ordinaryUser: Int?

  /// The user (and group) a program runs as when the grader runs as root: `nobody`, which
  /// owns nothing but the run's working folder, so a program cannot change the learner's
  /// files, the course or the grader. The program and its folders must be readable by others.
  public static let unprivilegedUser = 65534

  /// - Parameter trampoline: the path of `primer-sandbox`; by default, the one next to the
  ///   running executable (`swift build` puts `primer`, the test bundle and it side by side).
  /// - Throws: ``GradingError/toolNotFound(name:searched:)`` if it is not there.
  public init(trampoline: String? = nil) throws(GradingError) {
    if let trampoline {
      self.trampoline = trampoline
      return
    }
    let folder = (Platform.currentExecutablePath() ?? "")
      .split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    let candidate = folder + "/primer-sandbox"
    guard access(candidate, X_OK) == 0 else {
      throw .toolNotFound(name: "primer-sandbox", searched: [folder])
    }
    self.trampoline = candidate
  }

  /// Closes the grader's memory (its verdicts, the result nonce, the progress it is about to
  /// write) to other processes of its user: where runs get no namespaces (an ordinary user on
  /// a kernel without unprivileged user namespaces), a learner's program runs as that user and
  /// could otherwise `ptrace` `primer` or read its `/proc/PID/mem`. Call it once, at start.
  public static func closeGraderMemory() {
    Platform.closeMemory()
  }

  /// The environment every learner program gets, before `extraEnvironment`.
  public static let baseEnvironment: [String: String] = [
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    // Never wait for a key at a crash; print a plain-text backtrace to stderr. No warnings:
    // a Swift runtime linked into its executable looks for `swift-backtrace` beside it and
    // says so on stderr when it is not there. `primer-sandbox` itself, which swiftc links
    // with the runtime (statically in a release build), reads this variable too, and its
    // warning would be shown as the learner's output.
    "SWIFT_BACKTRACE": "enable=yes,interactive=no,color=no,warnings=suppressed",
    "SWIFT_DETERMINISTIC_HASHING": "1",
  ]

  /// Runs `executable` with `arguments` in `workingDirectory` under `limits`.
  ///
  /// `workingDirectory` must be a folder made for this run: when the grader runs as root it is
  /// given to `user` for the run (a sticky folder such as `/tmp`, or one the grader does not
  /// own, is refused). With a mount namespace (root) the run gets a private tmpfs of
  /// ``Limits/diskBytes`` bound onto the working folder, `/tmp`, `/var/tmp` and `/dev/shm`:
  /// what it writes is seen by no other run, is freed with the namespace, and the host's
  /// working folder stays empty. (Not when `executable` lies inside `workingDirectory`: the
  /// tmpfs would hide it.)
  ///
  /// - Parameters:
  ///   - environment: added to ``baseEnvironment``; nothing else is inherited.
  ///   - resultChannel: whether to open the result pipe on descriptor 3.
  ///   - user: the user the program runs as when the grader is root (one per concurrent run,
  ///     see ``RunFolder``); ``unprivilegedUser`` if nil. Ignored for other users.
  ///   - link: a descriptor handed to the program as its descriptor 3 instead (and closed
  ///     here): its end of the link to the judge.
  /// - Returns: how the run ended; a crash, a timeout or a limit is an outcome, not an error.
  /// - Throws: ``GradingError`` when the sandbox itself fails (it cannot start the program, or
  ///   ends without reporting).
  public func run(
    _ executable: String, arguments: [String] = [], limits: Limits,
    workingDirectory: String, environment: [String: String] = [:], resultChannel: Bool = true,
    user: Int? = nil, link: Int32? = nil
  ) throws(GradingError) -> RunOutcome {
    try supervise(
      executable, arguments: arguments, limits: limits,
      options: runOptions(
        executable, limits: limits, workingDirectory: workingDirectory, user: user),
      environment: Sandbox.baseEnvironment.merging(environment) { $1 },
      resultChannel: resultChannel, link: link)
  }

  /// ``run(_:arguments:limits:workingDirectory:environment:resultChannel:user:link:)`` up to the
  /// program's start: the trampoline makes the run's cgroups, namespaces and private files
  /// now, and waits to start `executable`, which need not exist yet, until
  /// ``PreparedRun/go()``. The grader prepares a learner's run while the compiler makes the
  /// program: on the development machine, joining a memory cgroup alone takes 5 to 13 ms.
  package func prepare(
    _ executable: String, limits: Limits, workingDirectory: String, user: Int? = nil,
    link: Int32? = nil
  ) throws(GradingError) -> PreparedRun {
    let (child, cgroup) = try launch(
      executable, arguments: [], limits: limits,
      options: runOptions(
        executable, limits: limits, workingDirectory: workingDirectory, user: user)
        + ["--gate", "\(Platform.gateDescriptor)"],
      environment: Sandbox.baseEnvironment, resultChannel: false, link: link, gated: true)
    return PreparedRun(
      child: child, cgroup: cgroup, limits: limits, executable: executable, sandbox: self)
  }

  /// The trampoline's options for a learner's program (see ``run``).
  private func runOptions(
    _ executable: String, limits: Limits, workingDirectory: String, user: Int?
  ) -> [String] {
    var options = [
      "--address-space", "\(limits.addressSpaceBytes)",
      "--file-size", "\(limits.fileSizeBytes)",
      "--chdir", workingDirectory,
    ]
    // A program inside its own working folder would be hidden by the tmpfs mounted there.
    if usesPrivateFiles && !executable.hasPrefix(FilePath.tidy(workingDirectory) + "/") {
      options += ["--disk", "\(limits.diskBytes)"]
      // The run folder and the program's folder stay reachable if they lie under /tmp.
      let kept = Set([
        FilePath.deletingLastComponent(workingDirectory),
        FilePath.deletingLastComponent(executable),
      ])
      for folder in kept.sorted() where folder.hasPrefix("/") { options += ["--keep", folder] }
    }
    if geteuid() == 0 && ordinaryUser == nil {
      options += ["--user", "\(user ?? Sandbox.unprivilegedUser)"]
    }
    return options
  }

  /// Whether to give each run a private tmpfs when a mount namespace is available; off only
  /// for tests that look into the working folder afterwards.
  var usesPrivateFiles = true

  /// Runs `executable` through the trampoline in its own cgroup and (when permitted) PID,
  /// network and mount namespace, under `limits`' CPU, memory, process, output and wall-clock
  /// caps, with the trampoline `options` given, and classifies how it ended.
  ///
  /// Shared by learner programs and the compiler: when the supervisor kills the trampoline's
  /// group at the deadline, or `primer` itself dies (`PR_SET_PDEATHSIG`), the reaper goes and
  /// the kernel kills the whole namespace, however deep the process tree.
  ///
  /// `started` is called once the trampoline is started, before it is supervised (the wall
  /// clock starts after it): the grader prepares the learner's run there, while the compiler
  /// works.
  package func supervise(
    _ executable: String, arguments: [String], limits: Limits, options: [String],
    environment: [String: String], resultChannel: Bool, link: Int32? = nil,
    started: () -> Void = {}
  ) throws(GradingError) -> RunOutcome {
    let (child, cgroup) = try launch(
      executable, arguments: arguments, limits: limits, options: options,
      environment: environment, resultChannel: resultChannel, link: link, gated: false)
    defer { cgroup?.remove() }
    started()
    return try finish(child, cgroup: cgroup, limits: limits, executable: executable)
  }

  /// Starts the trampoline for `executable` in a new cgroup (see ``supervise``).
  private func launch(
    _ executable: String, arguments: [String], limits: Limits, options: [String],
    environment: [String: String], resultChannel: Bool, link: Int32?, gated: Bool
  ) throws(GradingError) -> (ChildProcess, Cgroup?) {
    let cgroup =
      usesCgroups && ordinaryUser == nil
      ? Cgroup.create(memoryBytes: limits.memoryBytes, processes: limits.processes) : nil
    var trampolineArguments = [
      "--cpu", "\(limits.cpuSeconds)", "--data", "\(limits.dataBytes)",
      "--processes", "\(limits.processes)", "--status-fd", "\(Platform.statusDescriptor)",
      "--isolate", "--parent", "\(getpid())",
    ]
    for folder in cgroup?.folders ?? [] { trampolineArguments += ["--cgroup", folder] }
    trampolineArguments += options + ["--", executable] + arguments
    var launcher = trampoline
    if let ordinaryUser {
      launcher = "/usr/bin/setpriv"
      trampolineArguments =
        ["--reuid=\(ordinaryUser)", "--regid=\(ordinaryUser)", "--clear-groups", trampoline]
        + trampolineArguments
    }

    do throws(GradingError) {
      let child = try Platform.spawn(
        SpawnRequest(
          executable: launcher, arguments: trampolineArguments, environment: environment,
          resultPipe: resultChannel && link == nil, statusPipe: true, gatePipe: gated,
          handedOver: link.map { [Platform.resultDescriptor: $0] } ?? [:]))
      return (child, cgroup)
    } catch {
      cgroup?.remove()
      throw error
    }
  }

  /// Supervises a started trampoline to its end (the wall clock starts now) and classifies
  /// how its program ended.
  fileprivate func finish(
    _ child: ChildProcess, cgroup: Cgroup?, limits: Limits, executable: String
  ) throws(GradingError) -> RunOutcome {
    let watched = Supervision.watch(
      child, wallSeconds: limits.wallSeconds, outputBytes: limits.outputBytes)
    let status = TrampolineStatus(parsing: watched.status)

    let termination: RunOutcome.Termination
    // The group's total when cgroups account for it: it covers a run killed at the deadline,
    // and every process of a program that forks.
    let cpuSeconds = cgroup?.cpuSeconds ?? status?.cpuSeconds ?? 0
    switch watched.stop {
    case .outputCap:
      termination = .outputExceeded
    case .wallTime:
      // Processes that together used the CPU budget (threads, forks) were busy, not waiting.
      termination =
        cpuSeconds >= Double(limits.cpuSeconds) ? .cpuTimeExceeded : .wallTimeExceeded
    case nil:
      guard let status else {
        let tail = String(decoding: watched.stderr.suffix(400), as: UTF8.self)
        throw .sandboxFailed(detail: "trampoline ended with \(watched.waitStatus); stderr: \(tail)")
      }
      termination = try Sandbox.classify(
        status, limits: limits, oomKills: cgroup?.outOfMemoryKills ?? 0, stderr: watched.stderr,
        executable: executable)
    }
    return RunOutcome(
      termination: termination, cpuSeconds: cpuSeconds, wallSeconds: watched.wallSeconds,
      maxResidentBytes: (status?.maxResidentKiB ?? 0) * 1024, stdout: watched.stdout,
      stderr: watched.stderr, results: watched.results, outputTruncated: watched.outputTruncated,
      isolation: status?.isolation ?? "unknown", cgroup: cgroup != nil,
      memoryKills: cgroup?.outOfMemoryKills ?? 0,
      diskUsedBytes: status?.diskUsedKiB.map { $0 * 1024 })
  }

  /// How close to ``Limits/diskBytes`` a run's files may come before it counts as full:
  /// tmpfs rounds its size to pages, and a write that fails leaves the last pages free.
  static let diskSlack = 64 << 10

  private static func classify(
    _ status: TrampolineStatus, limits: Limits, oomKills: Int, stderr: [UInt8],
    executable: String
  ) throws(GradingError) -> RunOutcome.Termination {
    switch status.ending {
    case .execFailed(let error):
      // The trampoline said what it was doing on the program's stderr.
      let said = String(decoding: stderr, as: UTF8.self).split(separator: "\n")
        .first { $0.hasPrefix("primer-sandbox: ") }
      var reason =
        said.map { String($0.dropFirst("primer-sandbox: ".count)) }
        ?? String(cString: strerror(error))
      if error == EACCES && geteuid() == 0 {
        reason +=
          " (programs run as user nobody: the executable and its folders must be "
          + "readable and searchable by others)"
      }
      throw .spawnFailed(executable: executable, reason: reason)
    case .signaled(SIGXCPU):
      return .cpuTimeExceeded
    case .signaled(SIGKILL) where status.cpuSeconds >= Double(limits.cpuSeconds) - 0.05:
      return .cpuTimeExceeded
    case .signaled(SIGKILL) where oomKills > 0:
      // The cgroup's OOM killer; a program that exits on its own after a child of it was
      // killed is judged by its exit.
      return .memoryExceeded
    case _
    where status.diskUsedKiB.map({ $0 * 1024 >= limits.diskBytes - Sandbox.diskSlack }) == true:
      // Its private file system is full: whatever the program made of the failed writes.
      return .diskFull(limitBytes: limits.diskBytes)
    case .signaled(SIGXFSZ):
      return .fileSizeExceeded
    case .signaled(let signal):
      // Under RLIMIT_AS the Swift runtime reports a failed allocation and aborts.
      let text = String(decoding: stderr.prefix(4096), as: UTF8.self)
      if text.contains("Fatal error: failed to allocate") || text.contains("std::bad_alloc") {
        return .memoryExceeded
      }
      return .signaled(signal)
    case .exited(let code):
      return .exited(code)
    }
  }
}

/// The line `primer-sandbox` writes on the status descriptor when the program ends:
/// `exited CODE|signaled SIGNAL|exec-failed ERRNO USER_µs SYSTEM_µs MAX_RSS_KiB ISOLATION
/// DISK_USED_KiB` (-1 without a private file system).
struct TrampolineStatus: Equatable {
  enum Ending: Equatable {
    case exited(Int32)
    case signaled(Int32)
    case execFailed(Int32)
  }

  var ending: Ending
  var cpuSeconds: Double
  var maxResidentKiB: Int
  var isolation: String
  /// What the run's private tmpfs held at the end, if it had one.
  var diskUsedKiB: Int?

  init?(parsing bytes: [UInt8]) {
    let fields = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace)
    guard fields.count == 7, let value = Int32(fields[1]), let user = Double(fields[2]),
      let system = Double(fields[3]), let rss = Int(fields[4])
    else { return nil }
    switch fields[0] {
    case "exited": ending = .exited(value)
    case "signaled": ending = .signaled(value)
    case "exec-failed": ending = .execFailed(value)
    default: return nil
    }
    cpuSeconds = (user + system) / 1e6
    maxResidentKiB = rss
    isolation = String(fields[5])
    diskUsedKiB = Int(fields[6]).flatMap { $0 < 0 ? nil : $0 }
  }
}

/// A learner's run made ready by ``Sandbox/prepare(_:limits:workingDirectory:user:link:)``: its
/// trampoline waits on its gate until ``go()`` or ``cancel()``, and is cancelled if released
/// unused.
package final class PreparedRun: @unchecked Sendable {
  let child: ChildProcess
  private let cgroup: Cgroup?
  private let limits: Limits
  private let executable: String
  private let sandbox: Sandbox
  private var settled = false

  fileprivate init(
    child: ChildProcess, cgroup: Cgroup?, limits: Limits, executable: String, sandbox: Sandbox
  ) {
    self.child = child
    self.cgroup = cgroup
    self.limits = limits
    self.executable = executable
    self.sandbox = sandbox
  }

  /// Starts the program and supervises it to its end, as ``Sandbox/run`` does.
  package func go() throws(GradingError) -> RunOutcome {
    precondition(!settled, "a prepared run starts once")
    settled = true
    defer { cgroup?.remove() }
    if let gate = child.gate {
      // A trampoline that failed while preparing has ended: its stderr says why (``finish``).
      var go: UInt8 = 1
      _ = write(gate, &go, 1)
      Platform.close(gate)
    }
    return try sandbox.finish(child, cgroup: cgroup, limits: limits, executable: executable)
  }

  /// Ends the trampoline without starting the program: at the end of its gate it exits, and
  /// its reaper with it (killed at once, the reaper would linger as a zombie of PID 1).
  package func cancel() {
    guard !settled else { return }
    settled = true
    if let gate = child.gate { Platform.close(gate) }
    _ = Supervision.watch(child, wallSeconds: 5, outputBytes: 1 << 16)
    cgroup?.remove()
  }

  deinit { cancel() }
}
