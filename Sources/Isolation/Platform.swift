import Base

// The one file that talks to the operating system about processes: posix_spawn, pipes, poll,
// waitpid, kill and signals. Resource limits are applied by the `primer-sandbox` trampoline,
// which is spawned from here.

/// A child started by ``Platform/spawn(_:)``: its process id (also its process-group id) and
/// the supervisor's ends of its pipes.
package struct ChildProcess {
  package let pid: pid_t
  package let stdout: Int32
  package let stderr: Int32
  /// The read end of the pipe on the child's descriptor ``Platform/resultDescriptor``.
  package let results: Int32?
  /// The read end of the pipe on the child's descriptor ``Platform/statusDescriptor``.
  package let status: Int32?
  /// The write end of the pipe on the child's descriptor ``Platform/gateDescriptor``.
  package var gate: Int32? = nil
}

/// What to start and how: the executable, its arguments and its whole environment.
package struct SpawnRequest {
  package var executable: String
  package var arguments: [String]
  package var environment: [String: String]
  package var resultPipe = false
  package var statusPipe = false
  /// Whether to open a pipe to the child's descriptor ``Platform/gateDescriptor``, which the
  /// child reads (``ChildProcess/gate`` is the supervisor's end).
  package var gatePipe = false
  /// Descriptors handed over to the child: the parent's descriptor (close-on-exec) becomes the
  /// child's descriptor 3 or 4 (one the pipes above do not use), and is closed in the parent
  /// once the child is started, so that the child's end is the only one left.
  package var handedOver: [Int32: Int32] = [:]

  package init(
    executable: String, arguments: [String], environment: [String: String],
    resultPipe: Bool = false, statusPipe: Bool = false, gatePipe: Bool = false,
    handedOver: [Int32: Int32] = [:]
  ) {
    self.executable = executable
    self.arguments = arguments
    self.environment = environment
    self.resultPipe = resultPipe
    self.statusPipe = statusPipe
    self.gatePipe = gatePipe
    self.handedOver = handedOver
  }
}

package enum Platform {
  /// The descriptor on which a learner's harness writes its check results.
  package static let resultDescriptor: Int32 = 3
  /// The descriptor on which `primer-sandbox` reports how the learner's program ended.
  package static let statusDescriptor: Int32 = 4
  /// The descriptor from which `primer-sandbox --gate` reads the byte that starts the program.
  package static let gateDescriptor: Int32 = 5

  /// Ignores SIGPIPE in the supervisor, once: a child that does not read its stdin, or closes
  /// a pipe early, must not kill the grader. Children get the default action back through
  /// `POSIX_SPAWN_SETSIGDEF`.
  package static let brokenPipesIgnored: Void = {
    signal(SIGPIPE, SIG_IGN)
  }()

  /// Starts `request.executable` in a new session, hence a new process group whose id is the
  /// child's pid, with no controlling terminal (so a learner's program cannot open `/dev/tty`
  /// and wait for a key, and keyboard signals meant for the grader do not reach it).
  ///
  /// stdin reads `/dev/null`; stdout and stderr are pipes; optional pipes sit on descriptors
  /// 3 (results) and 4 (status). Every other descriptor is closed in the child. The signal
  /// mask is emptied and every signal reset to its default action.
  ///
  /// - Throws: ``GradingError/spawnFailed(executable:reason:)`` when the child cannot start.
  package static func spawn(_ request: SpawnRequest) throws(GradingError) -> ChildProcess {
    _ = brokenPipesIgnored
    var opened: [Int32] = []
    func pipeAboveStandardDescriptors() throws(GradingError) -> (read: Int32, write: Int32) {
      var ends: [Int32] = [0, 0]
      guard makePipe(&ends) == 0 else {
        throw .spawnFailed(executable: request.executable, reason: errnoText("pipe2"))
      }
      // Keep our ends away from 0...4 so the dup2 file actions cannot overwrite each other.
      let moved = ends.map { fcntl($0, F_DUPFD_CLOEXEC, Int32(10)) }
      ends.forEach { close($0) }
      opened += moved
      return (moved[0], moved[1])
    }
    do throws(GradingError) {
      let out = try pipeAboveStandardDescriptors()
      let err = try pipeAboveStandardDescriptors()
      let results = request.resultPipe ? try pipeAboveStandardDescriptors() : nil
      let status = request.statusPipe ? try pipeAboveStandardDescriptors() : nil
      let gate = request.gatePipe ? try pipeAboveStandardDescriptors() : nil

      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_adddup2(&actions, out.write, 1)
      posix_spawn_file_actions_adddup2(&actions, err.write, 2)
      if let results { posix_spawn_file_actions_adddup2(&actions, results.write, resultDescriptor) }
      if let status { posix_spawn_file_actions_adddup2(&actions, status.write, statusDescriptor) }
      for (target, source) in request.handedOver {
        precondition(
          (target == resultDescriptor && !request.resultPipe)
            || (target == statusDescriptor && !request.statusPipe),
          "a handed-over descriptor must take a free slot, 3 or 4")
        posix_spawn_file_actions_adddup2(&actions, source, target)
      }
      if let gate { posix_spawn_file_actions_adddup2(&actions, gate.read, gateDescriptor) }
      addCloseFrom(&actions, (gate == nil ? statusDescriptor : gateDescriptor) + 1)

      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      var noSignals = sigset_t()
      sigemptyset(&noSignals)
      var allSignals = sigset_t()
      sigfillset(&allSignals)
      posix_spawnattr_setsigmask(&attributes, &noSignals)
      posix_spawnattr_setsigdefault(&attributes, &allSignals)
      posix_spawnattr_setflags(
        &attributes, Int16(newSessionFlag | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

      let argv = [request.executable] + request.arguments
      let envp = request.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      var pid: pid_t = 0
      let code = withCStrings(argv) { argvPointer in
        withCStrings(envp) { envpPointer in
          posix_spawn(&pid, request.executable, &actions, &attributes, argvPointer, envpPointer)
        }
      }
      for end in [out.write, err.write, results?.write, status?.write, gate?.read].compactMap({ $0 }
      )
        + request.handedOver.values
      {
        close(end)
      }
      guard code == 0 else {
        [out.read, err.read, results?.read, status?.read, gate?.write].compactMap { $0 }
          .forEach { close($0) }
        throw .spawnFailed(executable: request.executable, reason: String(cString: strerror(code)))
      }
      return ChildProcess(
        pid: pid, stdout: out.read, stderr: err.read, results: results?.read, status: status?.read,
        gate: gate?.write)
    } catch {
      opened.forEach { close($0) }
      throw error
    }
  }

  /// `POSIX_SPAWN_SETSID` (glibc ≥ 2.26, hidden from Swift behind `_GNU_SOURCE`): a new
  /// session. It implies a new process group; `POSIX_SPAWN_SETPGROUP` on top would fail, since
  /// a session leader may not change its group. Elsewhere, a new process group.
  #if os(Linux)
  private static let newSessionFlag: Int32 = 0x80
  #else
  private static let newSessionFlag: Int32 = POSIX_SPAWN_SETPGROUP
  #endif

  /// Sends SIGKILL to every process in the group `group`. Refuses groups 0 and 1, which would
  /// mean "our own group" and "every process we may signal".
  package static func killGroup(_ group: pid_t) {
    precondition(group > 1, "refusing to kill process group \(group)")
    kill(-group, SIGKILL)
  }

  /// Whether a process `pid` exists.
  package static func isRunning(_ pid: pid_t) -> Bool {
    kill(pid, 0) == 0 || errno != ESRCH
  }

  /// How a reaped child ended.
  package enum WaitStatus: Equatable {
    case exited(Int32)
    case signaled(Int32)
  }

  /// Reaps `pid` if it has ended (or waits until it does when `blocking`).
  package static func reap(_ pid: pid_t, blocking: Bool) -> WaitStatus? {
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
      if result == pid { break }
      if result == -1 && errno == EINTR { continue }
      return nil
    }
    // WIFEXITED / WTERMSIG are macros Swift cannot import.
    let signal = status & 0x7f
    return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
  }

  /// Waits until one of `descriptors` is readable or hung up, or `milliseconds` pass.
  /// Returns the descriptors that are ready.
  package static func waitReadable(_ descriptors: [Int32], milliseconds: Int32) -> [Int32] {
    var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
    let count = poll(&polled, nfds_t(polled.count), milliseconds)
    guard count > 0 else { return [] }
    return polled.filter { $0.revents != 0 }.map(\.fd)
  }

  /// Reads what is available on `descriptor`: nil at end of file, an empty array if nothing.
  package static func readAvailable(_ descriptor: Int32) -> [UInt8]? {
    var buffer = [UInt8](repeating: 0, count: 65536)
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0 { return Array(buffer[..<count]) }
    if count == 0 { return nil }
    return errno == EINTR || errno == EAGAIN ? [] : nil
  }

  package static func readBytes(
    _ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int
  )
    -> Int
  {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
  }

  package static func close(_ descriptor: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(descriptor)
    #else
    _ = Darwin.close(descriptor)
    #endif
  }

  /// A connected pair of stream sockets, both close-on-exec: the link between a judge and a
  /// learner's program.
  package static func socketPair() throws(GradingError) -> (Int32, Int32) {
    var ends: [Int32] = [0, 0]
    #if os(Linux)
    let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
    #else
    let type = SOCK_STREAM
    #endif
    guard socketpair(AF_UNIX, type, 0, &ends) == 0 else {
      throw .spawnFailed(executable: "socketpair", reason: errnoText("socketpair"))
    }
    // Away from 0...4, like the pipes: a child's dup2 onto 3 or 4 must not overwrite them.
    let moved = ends.map { fcntl($0, F_DUPFD_CLOEXEC, Int32(10)) }
    ends.forEach { close($0) }
    guard moved.allSatisfy({ $0 >= 0 }) else {
      moved.filter { $0 >= 0 }.forEach { close($0) }
      throw .spawnFailed(executable: "socketpair", reason: errnoText("fcntl"))
    }
    return (moved[0], moved[1])
  }

  /// Clears this process's "dumpable" flag (`prctl(PR_SET_DUMPABLE, 0)`), so that a process of
  /// the same user without `CAP_SYS_PTRACE` can neither `ptrace` it nor read its
  /// `/proc/PID/mem` or `/proc/PID/environ`. The judge does the same for itself
  /// (`ResultReporter`, compiled into the kit, cannot share this file). `prctl` is variadic,
  /// which Swift does not import: it is looked up and called with its arguments spelt out.
  static func closeMemory() {
    typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
    let setDumpable: Int32 = 4  // PR_SET_DUMPABLE
    guard let symbol = dlsym(nil, "prctl") else { return }
    _ = unsafeBitCast(symbol, to: Prctl.self)(setDumpable, 0, 0, 0, 0)
  }

  /// Seconds on a clock that never jumps.
  package static func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  /// The path of the running executable.
  package static func currentExecutablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private static func errnoText(_ call: String) -> String {
    "\(call): \(String(cString: strerror(errno)))"
  }

  /// `posix_spawn_file_actions_addclosefrom_np` (glibc ≥ 2.34) is not visible to Swift, so it
  /// is looked up at run time. Our own descriptors are close-on-exec either way; this also
  /// closes inherited ones that are not.
  private static func addCloseFrom(
    _ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32
  ) {
    typealias AddCloseFrom =
      @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
    _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(actions, lowest)
  }

  /// `pipe2(_, O_CLOEXEC)`, looked up at run time because Swift does not see it; plain `pipe`
  /// plus `FD_CLOEXEC` if it is missing.
  private static func makePipe(_ ends: UnsafeMutablePointer<Int32>) -> Int32 {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    if let symbol = dlsym(nil, "pipe2") {
      return unsafeBitCast(symbol, to: Pipe2.self)(ends, O_CLOEXEC)
    }
    guard pipe(ends) == 0 else { return -1 }
    _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
    return 0
  }

  private static func withCStrings<R>(
    _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R
  ) -> R {
    var pointers = strings.map { strdup($0) }
    pointers.append(nil)
    defer { pointers.forEach { free($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
  }
}
