import Course
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `primer watch` on a pseudo-terminal, standard input and output both: one clean screen per
/// grade, watch's own wording, the next exercise graded at once when it is started, and the
/// keys for hints.
@Suite(.serialized) struct WatchScreenTests {
  /// A terminal 70 columns wide whose output is collected by a thread.
  final class PseudoTerminal: @unchecked Sendable {
    var master: Int32 = 0
    var slave: Int32 = 0
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    init(columns: UInt16) throws {
      var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
      try #require(openpty(&master, &slave, nil, nil, &size) == 0)
      let master = self.master
      Thread {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
          let got = read(master, &chunk, chunk.count)
          guard got > 0 else { return }
          self.lock.withLock { self.bytes += chunk[..<got] }
        }
      }.start()
    }

    var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }

    /// Waits until the output contains `needle` (at most `seconds`).
    func wait(for needle: String, seconds: Int = 120) -> Bool {
      for _ in 0..<(seconds * 50) {
        if text.contains(needle) { return true }
        usleep(20_000)
      }
      return false
    }

    func press(_ key: String) { _ = write(master, key, key.utf8.count) }
  }

  static func solution(_ id: String) throws -> String {
    let path = PrimerProcess.lessons + "/01-neural-networks.md"
    let lesson = LessonParser.parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
      .lesson
    return try #require(lesson.exercises.first { $0.id == id }?.solution?.body)
  }

  @Test func eachGradeGetsACleanScreenAndAStartedNextExerciseIsGradedAtOnce() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "primer-watch-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    // A short path, so that every line can be wrapped to the terminal.
    let workspace = folder.appendingPathComponent("workspace").path
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let start = try PrimerProcess.run(
      ["start", "--lessons", PrimerProcess.lessons, "--workspace", "workspace"], directory: folder)
    #expect(start.status == 0, "\(start.stderr)")
    // The next exercise is solved before its turn: watch grades it without waiting.
    try Self.solution("linear-layer").write(
      toFile: workspace + "/linear-layer.swift", atomically: true, encoding: .utf8)

    let terminal = try PseudoTerminal(columns: 70)
    defer {
      close(terminal.master)
      close(terminal.slave)
    }
    let process = Process()
    process.executableURL = PrimerProcess.executable
    process.arguments = ["watch", "--lessons", PrimerProcess.lessons, "--workspace", "workspace"]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    environment["NO_COLOR"] = "1"
    environment["COLUMNS"] = nil
    process.environment = environment
    let handle = FileHandle(fileDescriptor: terminal.slave, closeOnDealloc: false)
    process.standardInput = handle
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

    #expect(terminal.wait(for: "Fix it and save to check again; h shows a hint."))
    let first = terminal.text
    #expect(first.contains("neuron-output: One neuron's output"))
    #expect(first.contains("Write: func neuron(x: [Double], w: [Double], b: Double) -> Double"))
    #expect(!first.contains("primer run neuron-output` again"), "run's wording inside watch")

    terminal.press("h")
    #expect(terminal.wait(for: "Hint 1 of 2 for `neuron-output`:"))
    terminal.press("l")
    usleep(500_000)
    let hintsShown = terminal.text.components(separatedBy: "Hint 1 of 2 for `neuron-output`").count
    #expect(hintsShown - 1 == 2, "l shows the hint seen again")

    try Self.solution("neuron-output").write(
      toFile: workspace + "/neuron-output.swift", atomically: true, encoding: .utf8)
    #expect(terminal.wait(for: "mlp-forward: The forward pass"))
    #expect(terminal.wait(for: "to check it."))
    terminal.press("q")
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)

    let shown = terminal.text
    #expect(shown.contains("`neuron-output` passed! Compare with the reference"))
    #expect(shown.contains("`linear-layer` passed!"), "the started next exercise was not graded")
    // A screen per grade: neuron-output twice, linear-layer once, each checked then shown;
    // and one for mlp-forward.
    let clears = shown.components(separatedBy: "\u{1B}[H\u{1B}[2J").count - 1
    #expect(clears >= 7, "\(clears) clears")
    #expect(shown.components(separatedBy: "Passed!").count == 1, "run's pass line in watch")
    // Wrapped to the terminal: no line is wider than 70 columns.
    for line in shown.split(whereSeparator: \.isNewline) {
      let visible = line.replacing(/\u{1B}\[[0-9;?]*[A-Za-z]/, with: "")
      #expect(visible.count <= 70, "too wide: \(visible)")
    }
  }
}
