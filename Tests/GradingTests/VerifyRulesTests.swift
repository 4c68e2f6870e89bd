import Course
import Foundation
import Testing

/// `primer verify`'s rules that make every check earn its place: the untouched starter fails
/// every check not marked `anyAnswer: true`, every such check fails for some mistake, and an
/// untouched starter is never told it made a mistake.
@Suite struct VerifyRulesTests {
  /// A starter that returns its input: it passes "the length is kept" (marked), and
  /// "doubling 0 gives 0" (not marked); no mistake fails "doubling 0 gives 0" either. The only
  /// mistake returns the input too, so it would match the starter's outputs.
  static let lesson = GraderEdgeTests.lesson
    .replacingOccurrences(
      of: #"check.compare("random vectors") { f, rng in f(rng.vector(3)) }"#,
      with: #"""
        check.compare("random vectors") { f, rng in f(rng.vector(rng.size())) }
        check.property("the length is kept", anyAnswer: true) { f, rng in
          try expectEqual(f(rng.vector(4)).count, 4)
        }
        check.property("doubling 0 gives 0") { f, _ in try expectClose(f([0]), [0]) }
        """#
    )
    .replacingOccurrences(
      of: "```mistake crashes message=\"Never shown.\"\nimport PrimerKit\n\n"
        + "func double(_ x: [Double]) -> [Double] { [x[100]] }",
      with: "```mistake unchanged message=\"You return the input unchanged.\"\nimport PrimerKit\n\n"
        + "func double(_ x: [Double]) -> [Double] { x }")

  private func exercise() throws -> (Exercise, String) {
    try GraderEdgeTests.exercise(in: Self.lesson)
  }

  @Test func verifyNamesChecksTheStarterPassesAndChecksNoMistakeFails() throws {
    let (exercise, folder) = try exercise()
    defer { Workbench.remove(folder) }
    let report = try GraderTests.grader.get().verify(exercise)
    #expect(
      report.problems == [
        "starter: passes `doubling 0 gives 0`: a check the untouched starter passes does not "
          + "test the TODO. Make it fail for the starter, or mark it `anyAnswer: true` if it "
          + "holds for any answer",
        "checks: no mistake fails `doubling 0 gives 0`: each check must catch at least one "
          + "catalogued mistake. Add the ```mistake it catches, or remove the check",
      ])
  }

  @Test func anUntouchedStarterIsNeverToldItMadeAMistake() throws {
    let (exercise, folder) = try exercise()
    defer { Workbench.remove(folder) }
    let starter = try #require(exercise.starter).body
    let untouched = GraderTests.learnerFile("\n" + starter + "\n\n", name: "double-all.swift")
    defer { Workbench.remove((untouched as NSString).deletingLastPathComponent) }
    let verdict = try GraderTests.grader.get().grade(exercise, file: untouched, seed: 2)
    #expect(verdict.status == .failed)
    #expect(verdict.mistake == nil)
    let edited = GraderTests.learnerFile(
      "import PrimerKit\n\nfunc double(_ x: [Double]) -> [Double] { x }\n",
      name: "double-all.swift")
    defer { Workbench.remove((edited as NSString).deletingLastPathComponent) }
    let named = try GraderTests.grader.get().grade(exercise, file: edited, seed: 2)
    #expect(named.mistake?.name == "unchanged")
  }
}
