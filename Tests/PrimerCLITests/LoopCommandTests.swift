import Foundation
import Testing

/// The learner's loop through the built `primer`: start, hint, reset, solution, list, watch.
@Suite struct LoopCommandTests {
  /// A course of two lessons and three exercises, in a folder that also holds the workspace.
  struct Course {
    let folder: URL
    var lessons: String { folder.appendingPathComponent("Lessons").path }
    var workspace: String { folder.appendingPathComponent("workspace").path }

    init(exercises: [(lesson: Int, id: String, hints: Int)] = Course.standard) throws {
      folder = try PrimerProcess.lessonFolder([:])
      try writeLessons(exercises)
    }

    /// Writes one lesson file per lesson number, declaring `exercises`.
    func writeLessons(_ exercises: [(lesson: Int, id: String, hints: Int)]) throws {
      let lessons = folder.appendingPathComponent("Lessons")
      try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
      for number in Set(exercises.map(\.lesson)) {
        var text = "---\nid: lesson-\(number)\ntitle: Lesson \(number)\norder: \(number)\n"
        text += "summary: s\n---\n\n# Lesson \(number)\n\n"
        for exercise in exercises where exercise.lesson == number {
          text += "```exercise \(exercise.id)\ntitle: Title of \(exercise.id)\n```\n\n"
          text += "```starter\nfunc work() {\n  // TODO\n}\n```\n\n"
          text += "```solution\nfunc work() { print(\"solved \(exercise.id)\") }\n```\n\n"
          text += "```checks\ncheck(\"x\") {}\n```\n\n"
          for hint in 0..<exercise.hints {
            text += "```hint\nHint number \(hint + 1) of \(exercise.id).\n```\n\n"
          }
        }
        try text.write(
          to: lessons.appendingPathComponent("0\(number)-lesson.md"), atomically: true,
          encoding: .utf8)
      }
    }

    static let standard: [(lesson: Int, id: String, hints: Int)] = [
      (1, "neuron", 2), (1, "relu", 0), (2, "softmax", 3),
    ]

    func run(_ arguments: [String]) throws -> PrimerProcess.Output {
      try PrimerProcess.run(
        arguments + ["--lessons", lessons], environment: ["PRIMER_WORKSPACE": ""],
        directory: folder)
    }

    func file(_ id: String) -> String { workspace + "/\(id).swift" }

    func read(_ path: String) -> String? {
      FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func write(_ text: String, to path: String) {
      _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    func progress() throws -> [String: [String: Any]] {
      let data = try #require(
        FileManager.default.contents(atPath: workspace + "/.primer/progress.json"))
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      return try #require(object?["exercises"] as? [String: [String: Any]])
    }

    /// Marks `id` as graded: passed or failed, as the grader records it.
    func record(_ id: String, passed: Bool) throws {
      let path = workspace + "/.primer/progress.json"
      var exercises = FileManager.default.fileExists(atPath: path) ? try progress() : [:]
      exercises[id] = [
        "passed": passed, "hintsUsed": 0, "attempts": 1,
        "lastStatus": passed ? "passed" : "failed",
      ]
      let data = try JSONSerialization.data(withJSONObject: ["version": 1, "exercises": exercises])
      write(String(decoding: data, as: UTF8.self), to: workspace + "/.primer/progress.json")
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  @Test func startCreatesAStarterFilePerExerciseAndSaysWhatNext() throws {
    let course = try Course()
    defer { course.remove() }
    let result = try course.run(["start"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Created your workspace in workspace/ with 3 exercise files."))
    #expect(result.stdout.contains("primer run neuron"))
    for id in ["neuron", "relu", "softmax"] {
      let text = try #require(course.read(course.file(id)))
      #expect(text.hasPrefix("// Exercise `\(id)`: Title of \(id)\n"))
      #expect(text.hasSuffix("func work() {\n  // TODO\n}\n"))
    }
    #expect(FileManager.default.fileExists(atPath: course.workspace + "/README.md"))
  }

  @Test func startAgainNeverOverwritesAndAddsNewExercises() throws {
    let course = try Course(exercises: [(1, "neuron", 0)])
    defer { course.remove() }
    _ = try course.run(["start"])
    course.write("my own work\n", to: course.file("neuron"))
    try course.writeLessons(Course.standard)

    let result = try course.run(["start"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Added 2 files for new exercises to workspace/: relu, softmax."))
    #expect(course.read(course.file("neuron")) == "my own work\n")
  }

  @Test func hintsAreTieredAndRecorded() throws {
    let course = try Course()
    defer { course.remove() }
    let first = try course.run(["hint", "neuron"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr.contains("Created your workspace"))
    #expect(first.stdout.contains("Hint 1 of 2 for `neuron`:"))
    #expect(first.stdout.contains("Hint number 1 of neuron."))
    let second = try course.run(["hint", "neur"])
    #expect(second.stdout.contains("Hint number 2 of neuron."))
    #expect(second.stdout.contains("That was the last hint."))
    let third = try course.run(["hint", "neuron"])
    #expect(third.stdout.contains("No more hints for `neuron`: you have seen all 2."))
    #expect(third.stdout.replacing("\n", with: " ").contains("primer solution neuron"))
    #expect(try course.progress()["neuron"]?["hintsUsed"] as? Int == 2)
    let list = try course.run(["list"])
    #expect(list.stdout.contains("· not started · 2 hints  neuron   Title of neuron"))
  }

  @Test func concurrentHintProcessesLoseNoUpdate() throws {
    let course = try Course()
    defer { course.remove() }
    _ = try course.run(["start"])
    let outputs = LockedOutputs()
    DispatchQueue.concurrentPerform(iterations: 3) { _ in
      outputs.append(try? course.run(["hint", "softmax"]))
    }
    let shown = outputs.all.map { output in
      (1...3).filter { output.contains("Hint number \($0) of softmax.") }
    }
    #expect(shown.flatMap { $0 }.sorted() == [1, 2, 3])
    #expect(try course.progress()["softmax"]?["hintsUsed"] as? Int == 3)
  }

  @Test func resetRestoresTheStarterAndSaysWhereTheBackupIs() throws {
    let course = try Course()
    defer { course.remove() }
    _ = try course.run(["start"])
    let starter = course.read(course.file("relu"))
    course.write("my attempt\n", to: course.file("relu"))
    let result = try course.run(["reset", "relu"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(course.read(course.file("relu")) == starter)
    let line = try #require(
      result.stdout.split(separator: "\n").first { $0.hasPrefix("Your version is saved in ") })
    let backup = String(line.dropFirst("Your version is saved in ".count).dropLast())
    #expect(backup.hasPrefix("workspace/.primer/backups/relu-"))
    #expect(course.read(course.folder.appendingPathComponent(backup).path) == "my attempt\n")
  }

  @Test func theSolutionIsRefusedBeforePassingAndShownWithForce() throws {
    let course = try Course()
    defer { course.remove() }
    let refused = try course.run(["solution", "relu"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("The solution to `relu` is shown once your code passes"))
    #expect(!refused.stdout.contains("solved relu"))

    let forced = try course.run(["solution", "relu", "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(forced.stdout.contains("func work() { print(\"solved relu\") }"))
    #expect(!forced.stdout.contains("\u{1B}"))
    #expect(forced.stderr.contains("your progress records it"))
    #expect(try course.progress()["relu"]?["solutionForcedAt"] is String)
  }

  @Test func theSolutionIsShownAfterPassing() throws {
    let course = try Course()
    defer { course.remove() }
    _ = try course.run(["start"])
    try course.record("relu", passed: true)
    let result = try course.run(["solution", "relu"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("solved relu"))
    #expect(result.stderr.isEmpty)
  }

  @Test func listShowsEachStatus() throws {
    let course = try Course(exercises: [(1, "aa", 0), (1, "bb", 0), (1, "cc", 0), (2, "dd", 1)])
    defer { course.remove() }
    let before = try course.run(["list", "--json"])
    #expect(before.stdout.contains("\"status\" : \"not started\""))
    #expect(!FileManager.default.fileExists(atPath: course.workspace), "list made a workspace")

    _ = try course.run(["start"])
    course.write("edited\n", to: course.file("bb"))
    try course.record("cc", passed: false)
    try course.record("dd", passed: true)
    let result = try course.run(["list", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let lessons = try #require(object?["lessons"] as? [[String: Any]])
    let exercises = lessons.flatMap { $0["exercises"] as? [[String: Any]] ?? [] }
    let statuses = Dictionary(
      uniqueKeysWithValues: exercises.map { ($0["id"] as! String, $0["status"] as! String) })
    #expect(statuses == ["aa": "not started", "bb": "started", "cc": "failed", "dd": "passed"])
    #expect(exercises.allSatisfy { $0["hintsUsed"] as? Int == 0 })
    let text = try course.run(["list"])
    #expect(text.stdout.contains("✓ passed       dd  Title of dd"))
    #expect(text.stdout.contains("● started      bb  Title of bb"))
    #expect(text.stdout.contains("2  lesson-2  Lesson 2  (1 of 1 passed)"))
    #expect(text.stdout.hasSuffix("\n1 of 4 exercises passed.\n"))
    // However narrow, each exercise's line starts with its whole status.
    let narrow = try PrimerProcess.run(
      ["list", "--lessons", course.lessons],
      environment: ["PRIMER_WORKSPACE": "", "COLUMNS": "20"],
      directory: course.folder)
    let marks: Set<Character> = ["✓", "✗", "●", "·"]
    let statusLines = narrow.stdout.split(separator: "\n").filter {
      $0.hasPrefix("    ") && marks.contains($0.dropFirst(4).first ?? " ")
    }
    #expect(statusLines.count == 4)
    #expect(
      statusLines.allSatisfy {
        $0.contains("passed") || $0.contains("started") || $0.contains("failed")
      })
  }

  @Test func aCorruptProgressFileIsSetAsideWithAMessage() throws {
    let course = try Course()
    defer { course.remove() }
    _ = try course.run(["start"])
    course.write(
      "{ \"version\": 1, \"exercises\": ", to: course.workspace + "/.primer/progress.json")
    let result = try course.run(["hint", "neuron"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("could not be read"))
    #expect(result.stdout.contains("Hint 1 of 2"))
    let names = try FileManager.default.contentsOfDirectory(atPath: course.workspace + "/.primer")
    let aside = try #require(names.first { $0.hasPrefix("progress.json.corrupt-") })
    #expect(
      course.read(course.workspace + "/.primer/" + aside) == "{ \"version\": 1, \"exercises\": ")
  }

  @Test func theOverviewSaysWhatToDoNext() throws {
    let course = try Course()
    defer { course.remove() }
    let fresh = try course.run([])
    #expect(fresh.stdout.contains("primer start"))
    _ = try course.run(["start"])
    try course.record("neuron", passed: true)
    let started = try course.run([])
    #expect(started.stdout.contains("1/3 exercises passed. Next: Title of relu."))
    #expect(started.stdout.contains("Lesson 1  1 of 2 passed"))
    #expect(started.stdout.contains("Lesson 2  0 of 1 passed"))
    #expect(started.stdout.contains("primer run relu"))
    #expect(started.stdout.contains("primer watch"))
  }

  @Test func theWorkspaceCanBeChosenByOptionOrEnvironment() throws {
    let course = try Course()
    defer { course.remove() }
    let other = course.folder.appendingPathComponent("elsewhere").path
    _ = try course.run(["start", "--workspace", other])
    #expect(FileManager.default.fileExists(atPath: other + "/relu.swift"))
    let fromEnvironment = course.folder.appendingPathComponent("env").path
    _ = try PrimerProcess.run(
      ["start", "--lessons", course.lessons], environment: ["PRIMER_WORKSPACE": fromEnvironment],
      directory: course.folder)
    #expect(FileManager.default.fileExists(atPath: fromEnvironment + "/relu.swift"))
    #expect(!FileManager.default.fileExists(atPath: course.workspace))
  }

  @Test func watchOnAFinishedCourseSaysSoAndEnds() throws {
    let course = try Course(exercises: [(1, "neuron", 0)])
    defer { course.remove() }
    _ = try course.run(["start"])
    try course.record("neuron", passed: true)
    let result = try course.run(["watch"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Every exercise has passed (1/1). Well done!"))
  }

  @Test func anUnknownExerciseSuggestsTheClosestOne() throws {
    let course = try Course()
    defer { course.remove() }
    let result = try course.run(["hint", "softmx"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("No exercise is called 'softmx'. Did you mean `softmax`?"))
  }

  @Test(arguments: ["start", "hint", "reset", "solution", "watch"])
  func everyLoopCommandHasHelp(_ command: String) throws {
    let result = try PrimerProcess.run([command, "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("--workspace"))
  }
}

final class LockedOutputs: @unchecked Sendable {
  private let lock = NSLock()
  private var outputs: [String] = []

  func append(_ output: PrimerProcess.Output?) {
    lock.withLock { outputs.append(output.map { $0.stdout + $0.stderr } ?? "") }
  }

  var all: [String] { lock.withLock { outputs } }
}
