import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `primer try LESSON:N`: the learner's copy of a cell, run; its errors; `--watch` on a
/// terminal.
@Suite struct TryCommandTests {
  /// A course of one lesson with an exercise and two cells, the second using the exercise.
  static func course() throws -> LoopCommandTests.Course {
    let course = try LoopCommandTests.Course(exercises: [(1, "neuron", 0)])
    let file = course.folder.appendingPathComponent("Lessons/01-lesson.md")
    let text = try String(contentsOf: file, encoding: .utf8)
    try (text + "```run\nprint(\"cell one\")\n```\n\n```run uses=neuron\nwork()\n```\n").write(
      to: file, atomically: true, encoding: .utf8)
    return course
  }

  @Test func errorsNameTheCellsThereAre() throws {
    let course = try Self.course()
    defer { course.remove() }
    let noWorkspace = try course.run(["try", "1:1"])
    #expect(noWorkspace.status == 3)
    #expect(noWorkspace.stderr.contains("There is no workspace in"))
    _ = try course.run(["start"])
    let outOfRange = try course.run(["try", "1:3"])
    #expect(outOfRange.status == 2)
    #expect(
      outOfRange.stderr
        == "error: Lesson `1` has 2 cells, so there is no cell 3: try `primer try 1:1` to `1:2`.\n")
    let noColon = try course.run(["try", "1"])
    #expect(noColon.status == 2 && noColon.stderr.contains("write LESSON:N"))
    let misspelt = try course.run(["try", "lesson-2:1"])
    #expect(misspelt.status == 2 && misspelt.stderr.contains("Did you mean"))
  }

  @Test func aCopyWhoseCellMovedOrChangedInTheLessonIsToldSo() throws {
    let course = try Self.course()
    defer { course.remove() }
    _ = try course.run(["start"])
    #expect(try course.run(["try", "1:1"]).status == 0)
    #expect(try course.run(["try", "1:2"]).status == 0)
    let file = course.folder.appendingPathComponent("Lessons/01-lesson.md")
    var text = try String(contentsOf: file, encoding: .utf8)
    // The author changes the first cell and puts a new cell before the second.
    text = text.replacing("print(\"cell one\")", with: "print(\"cell one, revised\")")
    text = text.replacing(
      "```run uses=neuron", with: "```run\nprint(\"new\")\n```\n\n```run uses=neuron")
    try text.write(to: file, atomically: true, encoding: .utf8)

    let edited = try course.run(["try", "1:1"])
    #expect(edited.stderr.contains("the lesson's cell 1:1 has changed since"), "\(edited.stderr)")
    #expect(edited.stdout.contains("│ cell one\n"))
    let moved = try course.run(["try", "1:2"])
    #expect(
      moved.stderr.contains("was copied from the cell that is now 1:3"), "\(moved.stderr)")
    // After a reset the copy is the lesson's cell again: nothing to tell.
    _ = try course.run(["try", "1:1", "--reset"])
    let again = try course.run(["try", "1:1"])
    #expect(!again.stderr.contains("Note:"), "\(again.stderr)")
    #expect(again.stdout.contains("│ cell one, revised\n"))
  }

  @Test func theCopyIsKeptAndResetPutsTheLessonsCodeBackWithABackup() throws {
    let course = try Self.course()
    defer { course.remove() }
    _ = try course.run(["start"])
    let first = try course.run(["try", "1:2", "--json"])
    #expect(first.status == 0)
    #expect(first.stdout.contains(#""output":"solved neuron""#))
    #expect(first.stdout.contains(#""status":"ran""#))
    #expect(
      first.stdout.contains(
        #"using the lesson's solution: your file workspace\/neuron.swift still holds the starter code"#
      ))
    let copy = course.folder.appendingPathComponent("workspace/cells/lesson-1-2.swift")
    try "work()\nprint(\"mine\")\n".write(to: copy, atomically: true, encoding: .utf8)
    let edited = try course.run(["try", "1:2"])
    #expect(edited.stdout.contains("│ solved neuron\n│ mine\n"))
    let reset = try course.run(["try", "1:2", "--reset"])
    #expect(reset.stderr.contains("Your version is saved in"))
    #expect(try String(contentsOf: copy, encoding: .utf8) == "work()\n")
    #expect(!reset.stdout.contains("mine"))
  }

  @Test func watchRunsTheCellAgainOnEverySave() throws {
    let course = try Self.course()
    defer { course.remove() }
    _ = try course.run(["start"])
    var master: Int32 = 0
    var slave: Int32 = 0
    try #require(openpty(&master, &slave, nil, nil, nil) == 0)
    defer {
      close(master)
      close(slave)
    }
    let process = Process()
    process.executableURL = PrimerProcess.executable
    process.arguments = ["try", "1:1", "--watch", "--interval", "50", "--lessons", course.lessons]
    process.currentDirectoryURL = course.folder
    var environment = ProcessInfo.processInfo.environment
    environment["PRIMER_WORKSPACE"] = ""
    process.environment = environment
    process.standardInput = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let printed = Transcript()
    let reader = Thread {
      while true {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        printed.append(chunk)
      }
    }
    try process.run()
    reader.start()
    /// Waits up to two minutes (the first run may build the kit) for `text` to be printed.
    func waitFor(_ text: String) -> Bool {
      for _ in 0..<6000 {
        if printed.text.contains(text) { return true }
        usleep(20_000)
      }
      return false
    }
    #expect(waitFor("save it to run again. Keys: r re-run · q quit"))
    let copy = course.folder.appendingPathComponent("workspace/cells/lesson-1-1.swift")
    // A different size as well as a later time: the stamp changes on any file system.
    try "print(\"cell one, changed\")\n".write(to: copy, atomically: true, encoding: .utf8)
    #expect(waitFor("│ cell one, changed\n"))
    _ = write(master, "q", 1)
    var ended = 0
    while process.isRunning && ended < 30_000 {
      usleep(20_000)
      ended += 20
    }
    if process.isRunning {
      Issue.record("try --watch did not end")
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    let text = printed.text
    #expect(process.terminationStatus == 0)
    #expect(text.contains("│ cell one\n"))
    #expect(text.contains("│ cell one, changed\n"))
    #expect(text.contains("save it to run again. Keys: r re-run · q quit"))
  }
}

/// What a process printed so far, appended by a reading thread.
final class Transcript: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  func append(_ chunk: Data) {
    lock.lock()
    data.append(chunk)
    lock.unlock()
  }

  var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: data, as: UTF8.self)
  }
}
