import Course
import Foundation
import Testing

@testable import Grading
@testable import Isolation

/// End to end: lesson 1's exercises graded by compiling and running real programs. Each
/// grading is one compile (≈ 0.2–1 s), so these tests are few; the kit is built once into a
/// cache kept between test runs (its folder name changes whenever the kit's sources do).
@Suite struct GraderTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardized.path
  static let cache = NSTemporaryDirectory() + "primer-grading-tests/grader-cache"

  static let grader: Result<Grader, GradingError> = Result { () throws(GradingError) in
    let grader = try Grader(kitSources: KitSources(folder: root + "/Sources"), cache: cache)
    try grader.prepare()
    return grader
  }

  static func exercise(_ id: String) throws -> Exercise {
    let catalog = try Catalog.load(directory: root + "/Lessons")
    let all = catalog.lessons.flatMap(\.exercises)
    return try #require(all.first { $0.id == id })
  }

  /// A learner file holding `text`, in a fresh folder, named `name`.
  static func learnerFile(_ text: String, name: String = "neuron-output.swift") -> String {
    let folder = Workbench.scratchFolder()
    let path = "\(folder)/\(name)"
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
  }

  @Test(arguments: ["neuron-output", "linear-layer", "mlp-forward"])
  func solutionPassesStarterFailsMistakesAreNamed(id: String) throws {
    let report = try GraderTests.grader.get().verify(try GraderTests.exercise(id))
    #expect(report.problems == [])
    #expect(report.items.contains { $0.subject == "solution" && $0.ok })
    #expect(report.items.contains { $0.subject == "starter" && $0.ok })
  }

  @Test func compileErrorsNameTheLearnersLine() throws {
    let file = GraderTests.learnerFile(
      """
      import PrimerKit

      func neuron(x: [Double], w: [Double], b: Double) -> Double {
        let z: Int = "one"
        return 0
      }
      """)
    defer { Workbench.remove((file as NSString).deletingLastPathComponent) }
    let verdict = try GraderTests.grader.get().grade(
      try GraderTests.exercise("neuron-output"), file: file, seed: 1)
    #expect(verdict.status == .compileError)
    let error = try #require(verdict.diagnostics.first { $0.severity == .error })
    #expect(error.file == file)
    #expect(error.line == 4 && error.column == 16)
  }

  @Test func importingTheReferenceIsRefused() throws {
    let file = GraderTests.learnerFile(
      """
      import PrimerKit
        import Reference

      func neuron(x: [Double], w: [Double], b: Double) -> Double { relu(b) }
      """)
    defer { Workbench.remove((file as NSString).deletingLastPathComponent) }
    let verdict = try GraderTests.grader.get().grade(
      try GraderTests.exercise("neuron-output"), file: file, seed: 1)
    #expect(verdict.status == .compileError)
    var refusal = CompilerDiagnostic(
      file: file, line: 2, column: 3, severity: .error,
      message: "exercises are solved without the reference library: remove `import Reference`")
    refusal.excerpt = "2 |   import Reference\n  |   ^"
    #expect(verdict.diagnostics == [refusal])
  }

  @Test func theSeedRepeatsTheInputs() throws {
    let file = GraderTests.learnerFile(
      """
      import PrimerKit

      func neuron(x: [Double], w: [Double], b: Double) -> Double {
        print(x, w, b)
        return max(0, zip(x, w).map { $0 * $1 }.reduce(b, +))
      }
      """)
    defer { Workbench.remove((file as NSString).deletingLastPathComponent) }
    let grader = try GraderTests.grader.get()
    let exercise = try GraderTests.exercise("neuron-output")
    let first = try grader.grade(exercise, file: file, seed: 42)
    let again = try grader.grade(exercise, file: file, seed: 42)
    let other = try grader.grade(exercise, file: file, seed: 43)
    #expect(first.status == .passed)
    #expect(first.seed == 42)
    #expect(first.output == again.output)
    #expect(first.output != other.output)
  }

  @Test func aMistakeIsNamedWithItsMessage() throws {
    let file = GraderTests.learnerFile(
      """
      import PrimerKit

      func neuron(x: [Double], w: [Double], b: Double) -> Double {
        zip(x, w).map { $0 * $1 }.reduce(b, +)
      }
      """)
    defer { Workbench.remove((file as NSString).deletingLastPathComponent) }
    let verdict = try GraderTests.grader.get().grade(
      try GraderTests.exercise("neuron-output"), file: file, seed: 7)
    #expect(verdict.status == .failed)
    #expect(verdict.mistake?.name == "no-relu")
    #expect(verdict.mistake?.message.hasPrefix("You return the pre-activation z") == true)
    let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(verdict))
    let object = try #require(json as? [String: Any])
    #expect(
      Set(object.keys)
        == [
          "exercise", "status", "summary", "checks", "mistake", "seed", "seconds", "running",
          "crash",
        ])
    #expect(object["status"] as? String == "failed")
    let checks = try #require(object["checks"] as? [[String: Any]])
    #expect(checks.count == 4)
    #expect(Set(checks[0].keys) == ["name", "passed", "message"])
    #expect((object["mistake"] as? [String: Any])?["name"] as? String == "no-relu")
  }
}

/// The planned compile (the driver's jobs run directly, ``CompilerPlan``) against its plain
/// twin (`swiftc` itself): the same verdict, diagnostics and crash report for the same files.
@Suite struct CompilerPlanTwinTests {
  static let files = [
    "func neuron(x: [Double], w: [Double], b: Double) -> Double {\n"
      + "  max(0, zip(x, w).map { $0 * $1 }.reduce(b, +))\n}\n",
    "func neuron(x: [Double], w: [Double], b: Double) -> Double {\n"
      + "  zip(x, w).map { $0 * $1 }.reduce(b, +)\n}\n",
    "func neuron(x: [Double], w: [Double], b: Double) -> Double {\n  let z: Int = \"one\"\n}\n",
    "func neuron(x: [Double], w: [Double], b: Double) -> Double {\n"
      + "  precondition(x.count > 99, \"too few inputs\")\n  return b\n}\n",
  ]

  /// The verdict as JSON without its time.
  static func comparable(_ verdict: Verdict) throws -> String {
    var object = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(verdict)) as? [String: Any])
    object["seconds"] = nil
    return String(
      decoding: try JSONSerialization.data(withJSONObject: object, options: .sortedKeys),
      as: UTF8.self)
  }

  @Test(arguments: [0, 1, 2, 3])
  func plannedAndPlainCompilesGiveTheSameVerdict(file index: Int) throws {
    // A name the shell must quote: the plan's script carries it.
    let file = GraderTests.learnerFile(
      CompilerPlanTwinTests.files[index], name: "my neuron's \(index).swift")
    defer { Workbench.remove((file as NSString).deletingLastPathComponent) }
    let planned = try GraderTests.grader.get()
    var plain = planned
    plain.compiler.planCache = nil
    let exercise = try GraderTests.exercise("neuron-output")
    let fast = try planned.grade(exercise, file: file, seed: 5)
    let slow = try plain.grade(exercise, file: file, seed: 5)
    #expect(fast.status == [.passed, .failed, .compileError, .crashed][index])
    #expect(try CompilerPlanTwinTests.comparable(fast) == CompilerPlanTwinTests.comparable(slow))
    let plans = try FileManager.default.contentsOfDirectory(atPath: GraderTests.cache + "/plans")
    #expect(plans.contains { $0.hasSuffix(".json") })
  }
}

@Suite struct GraderEdgeTests {
  /// A lesson with one exercise whose only mistake traps on every input.
  static let lesson = """
    ---
    id: edge
    title: Edge
    order: 1
    summary: An exercise whose mistake crashes.
    ---

    # Edge

    ```exercise double-all
    title: Double every entry
    entry: double(_:)
    ```

    ```starter
    import PrimerKit

    func double(_ x: [Double]) -> [Double] {
      // TODO
      x
    }
    ```

    ```solution
    import PrimerKit

    func double(_ x: [Double]) -> [Double] { x.map { 2 * $0 } }
    ```

    ```checks
    check.compare("random vectors") { f, rng in f(rng.vector(3)) }
    ```

    ```mistake crashes message="Never shown."
    import PrimerKit

    func double(_ x: [Double]) -> [Double] { [x[100]] }
    ```
    """

  /// The first exercise of `lesson`, loaded from a lesson file in a fresh folder (remove it).
  static func exercise(in lesson: String) throws -> (exercise: Exercise, folder: String) {
    let folder = Workbench.scratchFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/Lessons", withIntermediateDirectories: true)
    try lesson.write(toFile: folder + "/Lessons/01-edge.md", atomically: true, encoding: .utf8)
    let exercise = try #require(
      try Catalog.load(directory: folder + "/Lessons").lessons.first?.exercises.first)
    return (exercise, folder)
  }

  @Test func aMistakeThatCrashesLeavesTheLearnersFailure() throws {
    let (exercise, folder) = try GraderEdgeTests.exercise(in: GraderEdgeTests.lesson)
    defer { Workbench.remove(folder) }
    let file = GraderTests.learnerFile(
      "import PrimerKit\n\nfunc double(_ x: [Double]) -> [Double] { x.map { 3 * $0 } }\n",
      name: "double-all.swift")
    defer { Workbench.remove((file as NSString).deletingLastPathComponent) }
    let verdict = try GraderTests.grader.get().grade(exercise, file: file, seed: 3)
    #expect(verdict.status == .failed)
    #expect(verdict.mistake == nil)
    #expect(verdict.checks.map(\.passed) == [false])
  }
}
