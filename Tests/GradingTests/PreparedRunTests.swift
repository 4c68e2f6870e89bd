import Foundation
import Testing

@testable import Grading
@testable import Isolation

/// A run prepared while its program is still being compiled (`primer-sandbox --gate`).
@Suite struct PreparedRunTests {
  static let limits = Limits(cpuSeconds: 2, wallSeconds: 5, outputBytes: 4096)

  /// A run folder's layout: `folder/work` the working folder, `folder/program` the program.
  static func layout() -> (folder: String, work: String, program: String) {
    let folder = Workbench.scratchFolder()
    try? FileManager.default.createDirectory(
      atPath: folder + "/work", withIntermediateDirectories: true)
    return (folder, folder + "/work", folder + "/program")
  }

  static func writeProgram(_ script: String, to path: String) throws {
    try script.write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
  }

  /// What arrives on `descriptor` until its end.
  static func readAll(_ descriptor: Int32) -> String {
    var bytes: [UInt8] = []
    while let chunk = Platform.readAvailable(descriptor) {
      if chunk.isEmpty { usleep(1000) } else { bytes += chunk }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func aPreparedRunStartsAProgramMadeAfterIt() throws {
    let (folder, work, program) = Self.layout()
    defer { Workbench.remove(folder) }
    let (mine, theirs) = try Platform.socketPair()
    defer { Platform.close(mine) }
    let prepared = try Workbench.sandbox().prepare(
      program, limits: Self.limits, workingDirectory: work, link: theirs)
    // The program exists only now, as a compiler's output would.
    try Self.writeProgram(
      "#!/bin/sh\necho started >&3\nexec /bin/ls /proc/self/fd/\n", to: program)
    let run = try prepared.go()
    #expect(run.termination == .exited(0))
    #expect(Self.readAll(mine) == "started\n")
    // The gate is not inherited: 0, 1, 2, the link, and the descriptor `ls` reads with.
    let descriptors = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
    #expect(descriptors.count == 5)
    #expect(descriptors.prefix(4) == ["0", "1", "2", "3"])
  }

  @Test func aCancelledRunNeverStartsItsProgramAndLeavesNoProcess() throws {
    let (folder, work, program) = Self.layout()
    defer { Workbench.remove(folder) }
    try Self.writeProgram("#!/bin/sh\necho started >&3\n", to: program)
    let (mine, theirs) = try Platform.socketPair()
    defer { Platform.close(mine) }
    let prepared = try Workbench.sandbox().prepare(
      program, limits: Self.limits, workingDirectory: work, link: theirs)
    let group = prepared.child.pid
    // Held at its gate: the program would have written by now.
    #expect(Platform.waitReadable([mine], milliseconds: 300).isEmpty)
    prepared.cancel()
    #expect(Self.readAll(mine) == "")
    #expect(kill(-group, 0) == -1 && errno == ESRCH)
  }

  @Test func aPreparedRunReleasedUnusedIsCancelled() throws {
    let (folder, work, program) = Self.layout()
    defer { Workbench.remove(folder) }
    var group: pid_t = 0
    do {
      let prepared = try Workbench.sandbox().prepare(
        program, limits: Self.limits, workingDirectory: work)
      group = prepared.child.pid
    }
    #expect(group > 1)
    #expect(kill(-group, 0) == -1 && errno == ESRCH)
  }

  @Test func theJudgeIsStoppedWhenTheProgramNeverStarts() throws {
    // `/bin/sleep 30` stands in for a judge waiting on the learner's answers.
    let started = Platform.monotonicSeconds()
    let linked = try Grader.runLinked(
      judge: "/bin/sleep", seed: 30, limits: Self.limits, checks: ["a"], setupSeconds: 60
    ) { (link: Int32) throws(GradingError) -> RunOutcome? in
      Platform.close(link)
      return nil
    }
    #expect(linked == nil)
    #expect(Platform.monotonicSeconds() - started < 20)
  }
}
