import Foundation
import TestSupport
import Testing

@testable import Grading
@testable import Isolation
@testable import LearnerState

@Suite struct ProgressStoreTests {
  @Test func recordsVerdictsAndHints() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let store = ProgressStore(path: folder + "/progress.json")
    let date = Date(timeIntervalSince1970: 1_800_000_000)
    try store.record(
      Verdict(status: .failed, summary: "1 of 2 checks failed"), for: "softmax", at: date)
    try store.record(
      Verdict(status: .passed, summary: "All 2 checks passed."), for: "softmax", at: date)
    try store.record(Verdict(status: .crashed, summary: "crashed"), for: "softmax", at: date)
    try store.useHint(for: "softmax")

    let entry = try #require(try ProgressStore(path: store.path).load().exercises["softmax"])
    #expect(entry.passed)
    #expect(entry.attempts == 3)
    #expect(entry.hintsUsed == 1)
    #expect(entry.lastStatus == .crashed)
    #expect(entry.lastAttempt == date)
  }

  @Test func statusesAreStoredByTheirJSONNames() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let store = ProgressStore(path: folder + "/progress.json")
    try store.record(Verdict(status: .compileError, summary: "x"), for: "attention")
    let text = try String(contentsOfFile: store.path, encoding: .utf8)
    #expect(text.contains("\"lastStatus\" : \"compile_error\""))
  }

  @Test func aCorruptFileIsMovedAsideAndReported() throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let store = ProgressStore(path: folder + "/progress.json")
    FileManager.default.createFile(
      atPath: store.path, contents: Data("{\"version\": 1, \"exer".utf8))

    var movedTo = ""
    do {
      _ = try store.load()
      Issue.record("a corrupt file must not load")
    } catch {
      guard case .progressCorrupt(let path, let aside, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(path == store.path)
      movedTo = aside
    }
    #expect(movedTo.hasPrefix(store.path + ".corrupt-"))
    #expect(FileManager.default.contents(atPath: movedTo) == Data("{\"version\": 1, \"exer".utf8))
    #expect(try store.load() == Progress())
  }

  @Test func theCorruptMessageSaysWhereTheOldRecordIs() {
    let error = GradingError.progressCorrupt(
      path: "/home/a/.primer/progress.json", movedTo: "/home/a/.primer/progress.json.corrupt-X",
      reason: "unexpected end of file")
    #expect(
      error.description
        == "Your progress file `/home/a/.primer/progress.json` could not be read (unexpected end "
        + "of file). It was moved to `/home/a/.primer/progress.json.corrupt-X` and a fresh one "
        + "will be started; your old record is still in that file.")
  }

  @Test func concurrentThreadsLoseNoUpdate() async throws {
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let path = folder + "/progress.json"
    let writers = 4
    let updates = 50
    await withTaskGroup(of: Void.self) { group in
      for writer in 0..<writers {
        group.addTask {
          // A store per writer: each update opens its own descriptor on the lock file.
          let store = ProgressStore(path: path)
          for _ in 0..<updates {
            _ = try? store.update { $0.exercises["shared", default: .init()].attempts += 1 }
          }
          _ = writer
        }
      }
    }
    #expect(try ProgressStore(path: path).load().exercises["shared"]?.attempts == writers * updates)
  }

  @Test func concurrentProcessesLoseNoUpdate() throws {
    let helper = try GradingHelper.executable()
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let path = folder + "/progress.json"
    let processes = (0..<3).map { writer in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: helper)
      process.arguments = ["progress", path, "writer\(writer)", "100"]
      process.standardOutput = FileHandle.nullDevice
      return process
    }
    try processes.forEach { try $0.run() }
    processes.forEach { $0.waitUntilExit() }
    let progress = try ProgressStore(path: path).load()
    #expect(progress.exercises["shared"]?.attempts == 300)
    for writer in 0..<3 { #expect(progress.exercises["writer\(writer)"]?.attempts == 100) }
  }

  /// A writer killed with SIGKILL at random moments never leaves a corrupt file, and never
  /// loses an update it reported as committed.
  @Test func killingAWriterAtRandomNeverCorruptsOrLosesARecord() throws {
    let helper = try GradingHelper.executable()
    let folder = Workbench.scratchFolder()
    defer { Workbench.remove(folder) }
    let store = ProgressStore(path: folder + "/progress.json")
    var generator = SystemRandomNumberGenerator()
    var stored = 0
    for _ in 0..<GradingHelper.killTrials {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: helper)
      process.arguments = ["progress", store.path, "killed", "0"]
      let output = Pipe()
      process.standardOutput = output
      try process.run()
      // Wait for the first committed update, so that every trial kills a writer at work
      // however slowly the machine starts processes, then kill it at a random moment.
      let first = Self.firstLine(of: output.fileHandleForReading)
      usleep(UInt32.random(in: 0...20_000, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let printed =
        first + String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      let committed = printed.split(separator: "\n").last.flatMap {
        Int($0.split(separator: " ").last ?? "")
      }
      let now = try store.load().exercises["killed"]?.attempts ?? 0
      // Killed between the rename and the print, one more than printed is stored.
      #expect(now >= (committed ?? stored) && now <= (committed ?? stored) + 1)
      #expect(now >= stored)
      stored = now
    }
    // Every trial committed at least one update before its kill.
    #expect(stored >= GradingHelper.killTrials)
    try store.update { _ in }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.contains(".tmp-")
    }
    #expect(leftovers.isEmpty)
    #expect(
      !(try FileManager.default.contentsOfDirectory(atPath: folder).contains {
        $0.contains("corrupt")
      }))
  }

  /// The bytes up to and including the first newline (or all, if the writer ends first).
  private static func firstLine(of handle: FileHandle) -> String {
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while read(handle.fileDescriptor, &byte, 1) == 1 {
      bytes.append(byte)
      if byte == UInt8(ascii: "\n") { break }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
