import Course
import Foundation
import Testing

/// `primer run` on the real first lesson: it makes the workspace, grades the learner's file,
/// and records the verdict in the workspace's progress.
@Suite(.serialized) struct RunCommandTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "primer-run-\(UUID().uuidString)")
  var workspace: String { folder.appendingPathComponent("workspace").path }

  func run(_ arguments: [String]) throws -> PrimerProcess.Output {
    try PrimerProcess.run(
      arguments + ["--lessons", PrimerProcess.lessons, "--workspace", workspace])
  }

  func progress() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: workspace + "/.primer/progress.json"))
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    return try #require(object?["exercises"] as? [String: Any])
  }

  static func solution(_ id: String) throws -> String {
    let path = PrimerProcess.lessons + "/01-neural-networks.md"
    let lesson = LessonParser.parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
      .lesson
    return try #require(lesson.exercises.first { $0.id == id }?.solution?.body)
  }

  @Test func aFailingRunIsRecordedAndAPassingOneToo() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let failing = try run(["run", "neuron-output"])
    #expect(failing.status == 1)
    #expect(failing.stderr.contains("Created your workspace"))
    #expect(failing.stdout.contains("✗"))
    var record = try #require(try progress()["neuron-output"] as? [String: Any])
    #expect(record["lastStatus"] as? String == "failed")
    #expect((record["lastChecks"] as? [Any])?.isEmpty == false)

    try Self.solution("neuron-output").write(
      toFile: workspace + "/neuron-output.swift", atomically: true, encoding: .utf8)
    let passing = try run(["run", "neuron-output", "--json"])
    #expect(passing.status == 0)
    let verdict =
      try JSONSerialization.jsonObject(with: Data(passing.stdout.utf8)) as? [String: Any]
    #expect(verdict?["status"] as? String == "passed")
    #expect(verdict?["exercise"] as? String == "neuron-output")
    record = try #require(try progress()["neuron-output"] as? [String: Any])
    #expect(record["passed"] as? Bool == true)
    #expect(record["attempts"] as? Int == 2)

    let listing = try run(["list", "--json"])
    #expect(listing.stdout.contains("\"status\" : \"passed\""))
  }

  @Test func aFileGivenWithFileIsGradedButNotRecorded() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let other = folder.appendingPathComponent("mine.swift").path
    try Self.solution("linear-layer").write(toFile: other, atomically: true, encoding: .utf8)
    let result = try run(["run", "linear-layer", "--file", other, "--verbose"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    // Root gets namespaces directly; an ordinary user in a user namespace, or a note.
    #expect(
      result.stderr.contains(geteuid() == 0 ? "Sandbox (pid+net): " : "Sandbox ("),
      "\(result.stderr)")
    #expect((try? progress()["linear-layer"]) == nil)
  }

  @Test func aCrashIsToldUnderTheCheckThatWasRunning() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let crashing = folder.appendingPathComponent("crashing.swift").path
    // Right on the lesson's small examples, out of bounds on a batch of more than two rows.
    let source = """
      import PrimerKit

      func linear(_ x: Matrix, _ w: Matrix, _ b: [Double]) -> Matrix {
        let y = matmul(x, w).addingToEachRow(b)
        if x.rows > 2 { _ = y[x.rows, 0] }
        return y
      }
      """
    try source.write(toFile: crashing, atomically: true, encoding: .utf8)
    let json = try run(["run", "linear-layer", "--file", crashing, "--json"])
    let verdict = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(verdict?["status"] as? String == "crashed")
    let running = try #require(verdict?["running"] as? String)
    let text = try run(["run", "linear-layer", "--file", crashing]).stdout
    let lines = text.split(separator: "\n").map(String.init)
    let at = try #require(lines.firstIndex { $0.contains("✗") && $0.contains(running.prefix(20)) })
    let under = lines[(at + 1)...].prefix { $0.hasPrefix("    ") }.joined(separator: " ")
    #expect(under.contains("crashing.swift:5:"), "\(text)")
    #expect(!under.contains("stopped answering"), "\(text)")
    #expect(!text.contains("(stopped here)"), "\(text)")
  }

  @Test func aFileNameWithControlCharactersIsShownEscapedOnOneLine() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let named = folder.appendingPathComponent("odd\u{1B}[2J\nname.swift").path
    let source = """
      func neuron(x: [Double], w: [Double], b: Double) -> Double {
        let z: Int = "one"
        return b
      }
      """
    try source.write(toFile: named, atomically: true, encoding: .utf8)
    let text = try run(["run", "neuron-output", "--file", named]).stdout
    #expect(!text.contains("\u{1B}"), "\(text)")
    #expect(text.contains("odd␛[2J␊name.swift · seed"), "\(text)")
    #expect(text.contains("odd␛[2J␊name.swift:2:16:"), "\(text)")
  }

  @Test func anUnknownExerciseIsAUsageError() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try run(["run", "no-such-exercise"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("No exercise is called 'no-such-exercise'"))
  }
}
