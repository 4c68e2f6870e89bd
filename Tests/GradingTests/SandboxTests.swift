import Foundation
import Testing

@testable import Isolation

/// The sandbox and the supervisor, driven with `/bin/sh` so that no compile is needed.
@Suite struct SandboxTests {
  static let quick = Limits(cpuSeconds: 2, wallSeconds: 5, outputBytes: 4096)

  func sh(
    _ script: String, limits: Limits = quick, environment: [String: String] = [:]
  ) throws -> RunOutcome {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    return try Workbench.sandbox().run(
      "/bin/sh", arguments: ["-c", script], limits: limits, workingDirectory: folder,
      environment: environment)
  }

  func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test func theEnvironmentIsExactlyTheOneGiven() throws {
    let run = try sh("env | sort", environment: ["EXTRA": "1"])
    let names = text(run.stdout).split(separator: "\n").map { $0.prefix { $0 != "=" } }
    // sh adds PWD itself.
    #expect(
      Set(names.map(String.init)).subtracting(["PWD"])
        == Set(Sandbox.baseEnvironment.keys).union(["EXTRA"]))
  }

  @Test func onlyStandardDescriptorsAndTheResultChannelAreInherited() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    // `ls` itself, not a shell: a shell opens descriptors of its own for pipes and redirections.
    let run = try Workbench.sandbox().run(
      "/bin/ls", arguments: ["-l", "/proc/self/fd/"], limits: Self.quick,
      workingDirectory: folder)
    let entries = text(run.stdout).split(separator: "\n").dropFirst().map {
      $0.split(separator: " ").suffix(3).map(String.init)
    }
    // The one other entry is the descriptor `ls` opened to read the listing.
    let inherited = entries.filter { !($0.last ?? "").hasPrefix("/proc/") }
    #expect(inherited.map { $0.first ?? "" } == ["0", "1", "2", "3"])
    #expect(inherited.first?.last == "/dev/null")
    #expect(entries.count == 5)
  }

  @Test func theProgramRunsInTheGivenFolderUnderAReaper() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let run = try Workbench.sandbox().run(
      "/bin/sh", arguments: ["-c", "pwd; echo $$"], limits: Self.quick, workingDirectory: folder)
    let lines = text(run.stdout).split(separator: "\n").map(String.init)
    #expect(
      lines.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
        == URL(fileURLWithPath: folder).resolvingSymlinksInPath().path)
    #expect(run.isolation == "pid+net")
    // PID 1 is the reaper; the program is never PID 1.
    #expect(lines.last == "2")
  }

  @Test(arguments: [
    ("exit 0", RunOutcome.Termination.exited(0)),
    ("exit 3", .exited(3)),
    ("kill -SEGV $$", .signaled(SIGSEGV)),
    ("kill -ABRT $$", .signaled(SIGABRT)),
    ("sleep 30", .wallTimeExceeded),
    ("while :; do :; done", .cpuTimeExceeded),
    ("yes", .outputExceeded),
    ("yes >&2", .outputExceeded),
    ("exec head -c 2000000 /dev/zero > big", .fileSizeExceeded),
  ])
  func terminationIsClassified(_ script: String, _ expected: RunOutcome.Termination) throws {
    let limits = Limits(
      cpuSeconds: 1, wallSeconds: script.hasPrefix("while") ? 10 : 2, outputBytes: 4096)
    #expect(try sh(script, limits: limits).termination == expected)
  }

  @Test func outputIsCutExactlyAtTheLimitAndKept() throws {
    let run = try sh("echo before; yes")
    #expect(run.termination == .outputExceeded)
    #expect(run.outputTruncated)
    #expect(run.stdout.count + run.stderr.count == Self.quick.outputBytes)
    #expect(text(run.stdout).hasPrefix("before\ny\n"))
  }

  @Test func theResultChannelIsSeparateFromStdout() throws {
    let run = try sh("echo printed; echo result >&3")
    #expect(text(run.stdout) == "printed\n")
    #expect(text(run.results) == "result\n")
  }

  @Test func theNetworkIsUnreachable() throws {
    // A fresh network namespace has only a loopback device, and it is down: two header lines
    // and `lo`.
    let run = try sh("wc -l < /proc/net/dev; cat /sys/class/net/lo/operstate")
    #expect(text(run.stdout).split(separator: "\n").first == "3")
  }

  @Test func aMissingProgramIsAGraderError() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    #expect(throws: GradingError.self) {
      _ = try Workbench.sandbox().run(
        "/nonexistent/program", limits: Self.quick, workingDirectory: folder)
    }
  }

  @Test func aMissingTrampolineIsReported() throws {
    let sandbox = try Sandbox(trampoline: "/nonexistent/primer-sandbox")
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    #expect(throws: GradingError.self) {
      _ = try sandbox.run("/bin/true", limits: Self.quick, workingDirectory: folder)
    }
  }

  @Test func orphansThatLeaveTheGroupDieWithTheNamespace() throws {
    let marker = "PRIMER_TEST_MARKER=" + UUID().uuidString
    let start = Date()
    let run = try sh(
      "setsid sleep 60 & (setsid sh -c 'sleep 60 & sleep 60' &) ; echo started",
      environment: ["PRIMER_TEST_MARKER": String(marker.dropFirst(19))])
    #expect(run.termination == .exited(0))
    // Not a speed check: the orphans sleep 60 s, and waiting for them would take that long.
    #expect(Date().timeIntervalSince(start) < 20)
    #expect(Workbench.survivorsAfterSettling(marked: marker).isEmpty)
  }
}

/// The supervisor on its own, outside any namespace: it must not wait for end of file on a
/// pipe that an escaped orphan still holds.
@Suite struct SupervisionTests {
  @Test func anOrphanHoldingThePipeDoesNotHangTheSupervisor() throws {
    let marker = "PRIMER_TEST_MARKER=" + UUID().uuidString
    let child = try Platform.spawn(
      SpawnRequest(
        executable: "/bin/sh", arguments: ["-c", "setsid sleep 30 & echo started"],
        environment: ["PATH": "/usr/bin:/bin", "PRIMER_TEST_MARKER": String(marker.dropFirst(19))]
      ))
    let start = Date()
    let watched = Supervision.watch(child, wallSeconds: 10, outputBytes: 1024)
    let seconds = Date().timeIntervalSince(start)
    for pid in Workbench.survivors(marked: marker) { kill(pid, SIGKILL) }
    #expect(String(decoding: watched.stdout, as: UTF8.self) == "started\n")
    #expect(watched.waitStatus == .exited(0))
    // Not a speed check: waiting for the orphan's end of file would take its 30 s.
    #expect(seconds < 15)
  }

  @Test func aChildFillingStderrFirstDoesNotDeadlock() throws {
    let child = try Platform.spawn(
      SpawnRequest(
        executable: "/bin/sh",
        arguments: ["-c", "head -c 300000 /dev/zero >&2; head -c 300000 /dev/zero"],
        environment: ["PATH": "/usr/bin:/bin"]))
    let watched = Supervision.watch(child, wallSeconds: 10, outputBytes: 1 << 20)
    #expect(watched.stop == nil)
    #expect(watched.stderr.count == 300_000 && watched.stdout.count == 300_000)
  }

  @Test func theSupervisorIgnoresBrokenPipes() throws {
    _ = Platform.brokenPipesIgnored
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    close(ends[0])
    // With SIGPIPE at its default action this write would kill the test process.
    let written = write(ends[1], "x", 1)
    #expect(written == -1 && errno == EPIPE)
    close(ends[1])
  }
}

@Suite struct PrivilegeTests {
  /// Whether the tests run as root: only then does the sandbox change the user it runs as.
  static let isRoot = geteuid() == 0
  static let needsRoot: Comment = "the sandbox gives up root only when the grader runs as root"

  /// What `id -u`, a write in the working folder and a write in `/` do in the sandbox.
  static func identityProbe() throws -> [Substring] {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let run = try Workbench.sandbox().run(
      "/bin/sh",
      arguments: ["-c", "id -u; touch here && echo wrote; touch /primer-root-test || echo denied"],
      limits: SandboxTests.quick, workingDirectory: folder)
    return String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
  }

  @Test func programsDoNotRunAsRoot() throws {
    let lines = try Self.identityProbe()
    #expect(lines.first != "0", "\(lines)")
    #expect(lines.dropFirst() == ["wrote", "denied"])
    #expect(!FileManager.default.fileExists(atPath: "/primer-root-test"))
  }

  @Test(.enabled(if: isRoot, needsRoot))
  func underRootProgramsRunAsTheUnprivilegedUser() throws {
    #expect(try Self.identityProbe() == ["\(Sandbox.unprivilegedUser)", "wrote", "denied"])
  }

  @Test(.enabled(if: isRoot, needsRoot))
  func aSharedOrForeignWorkingFolderIsNeverGivenAway() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let sticky = folder + "/sticky"
    let foreign = folder + "/foreign"
    for path in [sticky, foreign] {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }
    chmod(sticky, 0o1777)
    chown(foreign, 1234, 1234)
    for path in [sticky, foreign] {
      #expect(throws: GradingError.self) {
        _ = try Workbench.sandbox().run(
          "/bin/true", limits: SandboxTests.quick, workingDirectory: path)
      }
    }
    let owner = { (path: String) in
      try FileManager.default.attributesOfItem(atPath: path)[.ownerAccountID] as? Int
    }
    #expect(try owner(sticky) == 0 && owner(foreign) == 1234)
  }
}

extension SandboxTests {
  /// A Swift runtime linked into its executable (as in a release `primer-sandbox`) does not
  /// find `swift-backtrace` beside it; under the sandbox's environment it says nothing about
  /// that, so the learner's output shows only what the learner's program printed.
  @Test func aRuntimeWithoutItsBacktracerPrintsNoWarning() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    try "print(\"hello\")\n".write(
      toFile: folder + "/main.swift", atomically: true, encoding: .utf8)
    let compiler = try Workbench.compiler()
    let build = Process()
    build.executableURL = URL(fileURLWithPath: compiler.swiftc)
    build.arguments = [
      "-static-stdlib", "-module-cache-path", compiler.moduleCache, folder + "/main.swift", "-o",
      folder + "/hello",
    ]
    try build.run()
    build.waitUntilExit()
    try #require(build.terminationStatus == 0)
    let run = try Workbench.sandbox().run(
      folder + "/hello", limits: Self.quick, workingDirectory: folder)
    #expect(text(run.stdout) == "hello\n")
    #expect(text(run.stderr) == "")
  }
}
