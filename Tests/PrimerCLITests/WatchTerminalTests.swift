import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `primer watch` with a terminal on standard input: keys work, and the terminal's settings
/// are put back however it ends. With its output on the terminal too, watch draws on the
/// terminal's alternate screen and leaves it however it ends, so the learner's screen and
/// scrollback come back.
@Suite struct WatchTerminalTests {
  enum Ending: String, CaseIterable {
    case quitKey, interrupt, terminate
  }

  static let enterAlternateScreen = "\u{1B}[?1049h"
  static let leaveAlternateScreen = "\u{1B}[?1049l"

  @Test(arguments: Ending.allCases, [false, true])
  func keysWorkAndTheTerminalIsRestored(_ ending: Ending, outputOnTerminal: Bool) throws {
    let course = try LoopCommandTests.Course(exercises: [(1, "neuron", 1), (1, "relu", 0)])
    defer { course.remove() }
    _ = try course.run(["start"])
    var master: Int32 = 0
    var slave: Int32 = 0
    var size = winsize(ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
    try #require(openpty(&master, &slave, nil, nil, &size) == 0)
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
    environment["TERM"] = "xterm-256color"
    process.environment = environment
    let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    process.standardInput = terminal
    let pipe = Pipe()
    process.standardOutput = outputOnTerminal ? terminal : pipe
    process.standardError = FileHandle.nullDevice
    let source = outputOnTerminal ? master : pipe.fileHandleForReading.fileDescriptor
    var bytes: [UInt8] = []
    // What watch has written so far (a terminal's buffer is small: read as it goes).
    func drain() {
      var descriptor = pollfd(fd: source, events: Int16(POLLIN), revents: 0)
      var chunk = [UInt8](repeating: 0, count: 4096)
      while poll(&descriptor, 1, 0) > 0 {
        let count = read(source, &chunk, chunk.count)
        guard count > 0 else { break }
        bytes += chunk[..<count]
      }
    }
    try process.run()
    try? pipe.fileHandleForWriting.close()

    // Raw mode is on once the first grade is done and keys are read.
    var waited = 0
    while settings() == cooked && waited < 60_000 {
      drain()
      usleep(20_000)
      waited += 20
    }
    #expect(settings() == 0, "watch never switched the terminal to raw mode")
    _ = write(master, "h", 1)
    for _ in 0..<15 {
      drain()
      usleep(20_000)
    }
    switch ending {
    case .quitKey: _ = write(master, "q", 1)
    case .interrupt: kill(process.processIdentifier, SIGINT)
    case .terminate: kill(process.processIdentifier, SIGTERM)
    }
    var ended = 0
    while process.isRunning && ended < 20_000 {
      drain()
      usleep(20_000)
      ended += 20
    }
    if process.isRunning {
      Issue.record("watch did not end")
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    drain()
    let printed = String(decoding: bytes, as: UTF8.self)

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
    #expect(!printed.contains("\u{1B}[3J"), "the scrollback was cleared")
    if outputOnTerminal {
      // Entered once before the first screen, left once after the last thing written.
      let enter = try #require(
        printed.range(of: Self.enterAlternateScreen), "watch never entered the alternate screen")
      let leave = try #require(
        printed.range(of: Self.leaveAlternateScreen, options: .backwards),
        "watch never left the alternate screen")
      #expect(printed.components(separatedBy: Self.enterAlternateScreen).count == 2)
      #expect(printed.components(separatedBy: Self.leaveAlternateScreen).count == 2)
      #expect(printed[..<enter.lowerBound].isEmpty, "\(printed.debugDescription)")
      let after = printed[leave.upperBound...]
      #expect(
        after.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(after.debugDescription)")
      #expect(printed[enter.upperBound..<leave.lowerBound].contains("primer watch · "))
    } else {
      #expect(!printed.contains("\u{1B}[?1049"), "a pipe was sent screen switches")
    }
  }

  /// When every exercise has passed, watch says so on the learner's own screen, never on the
  /// alternate screen, which would take the words away.
  @Test func theLastWordsAreSaidOnTheLearnersScreen() throws {
    let course = try LoopCommandTests.Course(exercises: [(1, "neuron", 0)])
    defer { course.remove() }
    _ = try course.run(["start"])
    try course.record("neuron", passed: true)
    var master: Int32 = 0
    var slave: Int32 = 0
    var size = winsize(ws_row: 30, ws_col: 70, ws_xpixel: 0, ws_ypixel: 0)
    try #require(openpty(&master, &slave, nil, nil, &size) == 0)
    defer {
      close(master)
      close(slave)
    }
    let process = Process()
    process.executableURL = PrimerProcess.executable
    process.arguments = ["watch", "--lessons", course.lessons]
    process.currentDirectoryURL = course.folder
    var environment = ProcessInfo.processInfo.environment
    environment["PRIMER_WORKSPACE"] = ""
    environment["TERM"] = "xterm-256color"
    process.environment = environment
    let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    process.standardInput = terminal
    process.standardOutput = terminal
    process.standardError = FileHandle.nullDevice
    try process.run()
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    var waited = 0
    while (process.isRunning || poll(&descriptor, 1, 0) > 0) && waited < 30_000 {
      if poll(&descriptor, 1, 20) > 0 {
        let count = read(master, &chunk, chunk.count)
        if count > 0 { bytes += chunk[..<count] }
      }
      waited += 20
    }
    if process.isRunning {
      Issue.record("watch did not end")
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    let printed = String(decoding: bytes, as: UTF8.self)
    #expect(process.terminationStatus == 0)
    #expect(!printed.contains("\u{1B}[?1049"), "\(printed.debugDescription)")
    #expect(
      printed.contains("Every exercise has passed (1/1). Well done!"), "\(printed.debugDescription)"
    )
  }
}
