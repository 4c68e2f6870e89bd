import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `primer watch` with a terminal on standard input: keys work, and the terminal's settings
/// are put back however it ends.
@Suite struct WatchTerminalTests {
  enum Ending: String, CaseIterable {
    case quitKey, interrupt, terminate
  }

  @Test(arguments: Ending.allCases)
  func keysWorkAndTheTerminalIsRestored(_ ending: Ending) throws {
    let course = try LoopCommandTests.Course(exercises: [(1, "neuron", 1), (1, "relu", 0)])
    defer { course.remove() }
    _ = try course.run(["start"])
    var master: Int32 = 0
    var slave: Int32 = 0
    try #require(openpty(&master, &slave, nil, nil, nil) == 0)
    defer {
      close(master)
      close(slave)
    }
    func settings() -> tcflag_t {
      var current = termios()
      tcgetattr(slave, &current)
      return current.c_lflag & tcflag_t(ICANON | ECHO)
    }
    let cooked = settings()
    #expect(cooked == tcflag_t(ICANON | ECHO))

    let process = Process()
    process.executableURL = PrimerProcess.executable
    process.arguments = ["watch", "--lessons", course.lessons]
    process.currentDirectoryURL = course.folder
    var environment = ProcessInfo.processInfo.environment
    environment["PRIMER_WORKSPACE"] = ""
    process.environment = environment
    process.standardInput = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()

    // Raw mode is on once the first grade is done and keys are read.
    var waited = 0
    while settings() == cooked && waited < 60_000 {
      usleep(20_000)
      waited += 20
    }
    #expect(settings() == 0, "watch never switched the terminal to raw mode")
    _ = write(master, "h", 1)
    usleep(300_000)
    switch ending {
    case .quitKey: _ = write(master, "q", 1)
    case .interrupt: kill(process.processIdentifier, SIGINT)
    case .terminate: kill(process.processIdentifier, SIGTERM)
    }
    var ended = 0
    while process.isRunning && ended < 20_000 {
      usleep(20_000)
      ended += 20
    }
    if process.isRunning {
      Issue.record("watch did not end")
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    let printed = String(
      decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)

    #expect(settings() == cooked, "the terminal was left in raw mode")
    #expect(printed.contains("Keys: h hint · l hints seen · n next exercise · r re-run · q quit"))
    #expect(printed.contains("Hint 1 of 1 for `neuron`:"))
    switch ending {
    case .quitKey:
      #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    case .interrupt:
      #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
    case .terminate:
      #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
    }
  }
}
