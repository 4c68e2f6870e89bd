import Foundation
import Testing

/// `primer verify --mutants`: the JSON shape, a course exercise whose checks kill its mutants,
/// and a weak exercise whose survivors are reported and whose equivalence mark is honoured.
@Suite struct MutantVerifyTests {
  static let keys: Set<String> = [
    "exercise", "mutants", "killed", "survived", "equivalent", "not_compiling", "score",
    "survivors",
  ]

  func reports(_ stdout: String) throws -> [[String: Any]] {
    try stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func theFirstExerciseOfTheCourseKillsItsMutants() throws {
    let result = try PrimerProcess.run([
      "verify", "--mutants", "--json", "--lessons", PrimerProcess.lessons, "neuron-output",
    ])
    #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    let report = try #require(try reports(result.stdout).first)
    #expect(Set(report.keys) == Self.keys)
    #expect(report["exercise"] as? String == "neuron-output")
    let score = try #require(report["score"] as? Double)
    #expect(score >= 0.95, "\(result.stdout)")
    let counts = ["killed", "survived", "equivalent", "not_compiling"].map {
      report[$0] as? Int ?? -1
    }
    #expect(counts.reduce(0, +) == report["mutants"] as? Int)
    #expect(try #require(report["mutants"] as? Int) >= 8)
    #expect(result.stderr.contains("Mutation score"))
  }

  /// One exercise of each lesson, the first three of its mutants spread over its solution: CI's
  /// share of the course's mutation score (the whole course is `Benchmarks/mutants.py`'s).
  static let courseSample = [
    "linear-layer", "softmax-stable", "cross-entropy-gradient", "value-backward", "adam-update",
    "attention-backward", "layer-norm", "mlm-corruption", "most-frequent-pair", "top-p-filter",
    "early-stopping", "rotary-embedding", "gpt-forward",
  ]

  @Test func aSampleOfTheCourseKillsItsMutants() throws {
    let result = try PrimerProcess.run(
      ["verify", "--mutants", "--json", "--limit", "3", "--lessons", PrimerProcess.lessons]
        + Self.courseSample)
    #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    let reports = try reports(result.stdout)
    #expect(reports.map { $0["exercise"] as? String } == Self.courseSample)
    for report in reports {
      #expect((report["score"] as? Double ?? 0) >= 0.95, "\(report)")
      #expect((report["mutants"] as? Int ?? 0) <= 3, "\(report)")
    }
  }

  /// `double(_:)` checked only at 0 and for its sign: `x / 2`, `x * 3` and `x * 4` survive,
  /// `x * 0` is killed, `x * 1` is marked equivalent (wrongly, for the test's sake).
  static let weakLesson = """
    ---
    id: weak
    title: Weak
    order: 1
    summary: s
    ---
    # Weak

    ```exercise double-it
    title: Double it
    entry: double(_:)
    equivalent-mutant: 2: x * 2 → x * 1 — marked for the test
    ```

    ```starter
    func double(_ x: Double) -> Double {
      0  // TODO
    }
    ```

    ```solution
    func double(_ x: Double) -> Double {
      x * 2
    }
    ```

    ```checks
    check.example("0 stays 0") { f in
      try expectClose(f(0), 0)
    }
    check.example("1 stays positive") { f in
      try expectTrue(f(1) > 0, "double(1) is \\(f(1))")
    }
    ```

    """

  @Test func survivorsAreReportedAndEquivalenceMarksHonoured() throws {
    let folder = try PrimerProcess.lessonFolder(["01-weak.md": Self.weakLesson])
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = try PrimerProcess.run([
      "verify", "--mutants", "--json", "--jobs", "2", "--lessons", folder.path, "double-it",
    ])
    #expect(json.status == 1, "\(json.stdout)\n\(json.stderr)")
    let report = try #require(try reports(json.stdout).first)
    #expect(report["mutants"] as? Int == 5)
    #expect(report["killed"] as? Int == 1)
    #expect(report["survived"] as? Int == 3)
    #expect(report["equivalent"] as? Int == 1)
    #expect(report["not_compiling"] as? Int == 0)
    #expect(report["score"] as? Double == 0.25)
    let survivors = try #require(report["survivors"] as? [[String: Any]])
    #expect(survivors.map { $0["mutated"] as? String } == ["x / 2", "x * 3", "x * 4"])
    #expect(
      survivors.allSatisfy { $0["line"] as? Int == 23 && $0["original"] as? String == "x * 2" })

    let text = try PrimerProcess.run(["verify", "--mutants", "--lessons", folder.path, "1"])
    #expect(text.status == 1)
    #expect(text.stdout.contains("✗ double-it: score 25.0%"), "\(text.stdout)")
    #expect(
      text.stdout.contains("Lessons/01-weak.md:23 [arithmetic, solution line 2]: x * 2 → x / 2"))
  }
}
