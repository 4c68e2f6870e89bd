import Foundation
import Testing

@testable import Grading
@testable import Isolation

/// What a grader run by an ordinary user gets: the trampoline is started as `nobody` (through
/// `setpriv`, so the tests need root to drop it) and enters a user namespace of its own, with
/// the same PID, network and mount namespaces, private files and disk cap as under root.
@Suite struct OrdinaryUserTests {
  static let nobody = 65534

  /// Whether this machine lets `nobody` make a user namespace and the tests may become it.
  static let available: Bool = {
    guard geteuid() == 0, access("/usr/bin/setpriv", X_OK) == 0 else { return false }
    let probe = Process()
    probe.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    probe.arguments = [
      "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", "/usr/bin/unshare", "--user",
      "--map-current-user", "/bin/true",
    ]
    probe.standardError = FileHandle.nullDevice
    guard (try? probe.run()) != nil else { return false }
    probe.waitUntilExit()
    return probe.terminationStatus == 0
  }()
  static let needs: Comment =
    "needs root (to become nobody) and a kernel that allows unprivileged user namespaces"

  /// The sandbox as an ordinary user's grader has it.
  static func sandbox() throws -> Sandbox {
    var sandbox = try Workbench.sandbox()
    sandbox.ordinaryUser = nobody
    return sandbox
  }

  /// Runs `script` with `/bin/sh` in `folder`'s working folder (a run folder owned by
  /// `nobody`, as an ordinary user's grader makes it), as `nobody`.
  static func sh(
    _ script: String, in folder: RunFolder, limits: Limits = SandboxTests.quick
  ) throws -> RunOutcome {
    try sandbox().run(
      "/bin/sh", arguments: ["-c", script], limits: limits, workingDirectory: folder.work)
  }

  /// A run folder as an ordinary user's grader makes it: owned by that user.
  static func runFolder() throws -> RunFolder {
    let folder = try RunFolder.make()
    chown(folder.path, uid_t(nobody), gid_t(nobody))
    chown(folder.work, uid_t(nobody), gid_t(nobody))
    return folder
  }

  @Test(.enabled(if: available, needs))
  func filesInTmpAndSharedMemoryStayPrivateToTheRun() throws {
    let folder = try Self.runFolder()
    defer { folder.remove() }
    let marker = "primer-ordinary-\(UUID().uuidString)"
    let run = try Self.sh(
      "id -u; echo $$; for d in /tmp /var/tmp /dev/shm .; do echo x > $d/\(marker) && echo ok; done",
      in: folder)
    let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
    #expect(run.isolation == "user+pid+net")
    #expect(lines == ["\(Self.nobody)", "2", "ok", "ok", "ok", "ok"], "\(run)")
    for path in ["/tmp", "/var/tmp", "/dev/shm", folder.work] {
      #expect(!FileManager.default.fileExists(atPath: "\(path)/\(marker)"), "\(path)")
    }
  }

  @Test(.enabled(if: available, needs))
  func manySmallFilesHitTheTotalDiskCap() throws {
    let folder = try Self.runFolder()
    defer { folder.remove() }
    var limits = SandboxTests.quick
    limits.diskBytes = 8 << 20
    // Forty files of 500 kB, each under the 1 MiB file-size limit: 20 MB in all.
    let run = try Self.sh(
      "for i in $(seq 40); do head -c 500000 /dev/zero > /tmp/f$i; done; exit 0", in: folder,
      limits: limits)
    #expect(run.termination == .diskFull(limitBytes: 8 << 20), "\(run)")
  }

  /// Two concurrent runs of the same user: neither can write the other's folders (the other's
  /// working folder is a private tmpfs it cannot see, and every other mount is read-only in
  /// its namespace), nor anything else its user may write.
  @Test(.enabled(if: available, needs))
  func concurrentRunsCannotWriteEachOthersFolders() throws {
    let victim = try Self.runFolder()
    defer { victim.remove() }
    let intruder = try Self.runFolder()
    defer { intruder.remove() }
    let victimRun = Locked<RunOutcome?>(nil)
    let started = DispatchSemaphore(value: 0)
    let thread = Thread {
      started.signal()
      victimRun.value = try? Self.sh("echo mine > mine; sleep 2; ls", in: victim)
    }
    thread.start()
    started.wait()
    usleep(300_000)
    let targets = [victim.work + "/intruder", victim.path + "/intruder", intruder.path + "/up"]
    let script = targets.map { "echo x > \($0) 2>/dev/null && echo wrote || echo refused" }
    let run = try Self.sh(script.joined(separator: "; "), in: intruder)
    #expect(String(decoding: run.stdout, as: UTF8.self) == "refused\nrefused\nrefused\n")
    for _ in 0..<100 where victimRun.value == nil { usleep(100_000) }
    let victimOutput = try #require(victimRun.value).stdout
    #expect(String(decoding: victimOutput, as: UTF8.self) == "mine\n")
    for path in targets { #expect(!FileManager.default.fileExists(atPath: path), "\(path)") }
  }
}

/// A value shared between a test and a thread it starts.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Value
  init(_ value: Value) { stored = value }
  var value: Value {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}

/// The judge holds the nonce and the checks' state. Where a learner's program runs as the
/// judge's own user with the judge in sight (no namespaces), it still cannot read the judge's
/// memory or environment: the judge clears its "dumpable" flag first thing.
@Suite struct JudgeMemoryTests {
  /// What `nobody` gets from `/proc/PID/environ` and `/proc/PID/mem`.
  static func probe(_ pid: Int32) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    let nobody = OrdinaryUserTests.nobody
    process.arguments = [
      "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", "/bin/sh", "-c",
      "cat /proc/\(pid)/environ >/dev/null 2>&1 && echo environ-read || echo environ-refused; "
        + "(exec 3</proc/\(pid)/mem) 2>/dev/null && echo mem-opened || echo mem-refused",
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    process.waitUntilExit()
    return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  }

  /// Starts `arguments` as `nobody` in a process group of its own, with `link` as its
  /// descriptor 4 (the judge's end of the link, kept open so that it waits).
  static func startAsNobody(_ arguments: [String], link: Int32) throws -> ChildProcess {
    let nobody = OrdinaryUserTests.nobody
    return try Platform.spawn(
      SpawnRequest(
        executable: "/usr/bin/setpriv",
        arguments: ["--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups"] + arguments,
        environment: Sandbox.baseEnvironment.merging(["PRIMER_RESULT_NONCE": "secret"]) { $1 },
        resultPipe: true, handedOver: [Harness.judgeLinkDescriptor: link]))
  }

  /// The name of `pid` and the owner of its `/proc` folder's files (root once not dumpable).
  static func nameAndOwner(_ pid: Int32) -> (String, UInt32)? {
    var info = stat()
    guard let name = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
      stat("/proc/\(pid)/environ", &info) == 0
    else { return nil }
    return (name, info.st_uid)
  }

  @Test(.enabled(if: OrdinaryUserTests.available, OrdinaryUserTests.needs))
  func aProcessOfTheJudgesUserCannotReadItsMemory() throws {
    let grader = try GraderTests.grader.get()
    let exercise = try GraderTests.exercise("neuron-output")
    let spec = try ExerciseSpec(exercise, lessonFile: Grader.lessonFile(of: exercise))
    let judge = try grader.exerciseJudge(spec).folder + "/" + Grader.judgeExecutable

    // The probe can read a process of its user that keeps the flag: a sleeper.
    let (sleeperEnd, sleeperOther) = try Platform.socketPair()
    defer { Platform.close(sleeperOther) }
    let sleeper = try Self.startAsNobody(["/bin/sleep", "30"], link: sleeperEnd)
    defer {
      Platform.killGroup(sleeper.pid)
      _ = Platform.reap(sleeper.pid, blocking: true)
    }
    for _ in 0..<200 where Self.nameAndOwner(sleeper.pid)?.0 != "sleep\n" { usleep(10_000) }
    #expect(try Self.probe(sleeper.pid) == "environ-read\nmem-opened\n")

    let (judgeEnd, learnerEnd) = try Platform.socketPair()
    defer { Platform.close(learnerEnd) }
    let child = try Self.startAsNobody([judge, "1"], link: judgeEnd)
    defer {
      Platform.killGroup(child.pid)
      _ = Platform.reap(child.pid, blocking: true)
    }
    // Running the judge (its name), and past its first line (its files are root's).
    for _ in 0..<500 {
      if let (name, owner) = Self.nameAndOwner(child.pid), name == "judge\n", owner == 0 { break }
      usleep(10_000)
    }
    #expect(Self.nameAndOwner(child.pid)?.0 == "judge\n")
    #expect(try Self.probe(child.pid) == "environ-refused\nmem-refused\n")
  }
}
