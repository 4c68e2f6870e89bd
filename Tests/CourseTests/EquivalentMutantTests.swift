import Course
import Testing

/// Marks of equivalent mutants in an `exercise` block: read, and checked against the solution.
@Suite struct EquivalentMutantTests {
  func lesson(marks: [String]) -> LessonParser.Result {
    parse(
      "```exercise relu\ntitle: ReLU\n"
        + marks.map { "equivalent-mutant: \($0)\n" }.joined()
        + "```\n```starter\ns\n```\n```solution\nfunc relu(_ x: Double) -> Double {\n"
        + "  max(0, x)\n}\n```\n```checks\nc\n```\n")
  }

  @Test func aMarkIsReadWithItsLineLinesAndReason() throws {
    let mark = try EquivalentMutant.parse("2: max(0, x) → max(0, x + 0) — adding 0 changes nothing")
      .get()
    #expect(
      mark
        == EquivalentMutant(
          line: 2, original: "max(0, x)", mutated: "max(0, x + 0)",
          reason: "adding 0 changes nothing"))
    let removed = try EquivalentMutant.parse("3: z = 0 → (removed) — z is 0 already").get()
    #expect(removed.mutated.isEmpty)
  }

  @Test func marksOfAnExerciseAreCollected() throws {
    let result = lesson(marks: [
      "2: max(0, x) → max(0, x) — the same", "2: max(0, x) → max(x, 0) — max commutes",
    ])
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let exercise = try #require(result.lesson.exercises.first)
    #expect(exercise.equivalentMutants.map(\.mutated) == ["max(0, x)", "max(x, 0)"])
  }

  @Test func malformedMarksAreReported() {
    let messages = lesson(marks: [
      "two: max(0, x) → max(x, 0) — max commutes", "2: max(0, x) max(x, 0) — max commutes",
      "2: max(0, x) → max(x, 0)", "2: max(0, x) → max(x, 0) — ",
    ]).diagnostics.map(\.message)
    #expect(messages.contains { $0.contains("starts with no solution line number") })
    #expect(messages.contains { $0.contains("has no `→`") })
    #expect(messages.contains { $0.contains("has no `—` before its reason") })
    #expect(messages.contains { $0.contains("gives no reason after `—`") })
  }

  @Test func aMarkMustNameTheSolutionLineAsWritten() {
    let messages = lesson(marks: [
      "2: max(1, x) → max(x, 1) — max commutes", "9: max(0, x) → max(x, 0) — max commutes",
    ]).diagnostics.map(\.message)
    #expect(
      messages.contains {
        $0.contains("equivalent mutant on solution line 2 names `max(1, x)`")
          && $0.contains("is `max(0, x)`")
      })
    #expect(messages.contains { $0.contains("past its end (3 lines)") })
  }
}
