import Course
import Foundation
import Testing

/// The ```` ```run ```` block: read into cells numbered in reading order, and linted.
@Suite struct CellParsingTests {
  static func lesson(_ body: String, id: String = "a", order: Int = 1, path: String = "a.md")
    -> LessonParser.Result
  {
    LessonParser.parse(
      "---\nid: \(id)\ntitle: T\norder: \(order)\nsummary: s\n---\n\n# T\n\n" + body, path: path)
  }

  static let exercise =
    "```exercise ex\ntitle: Ex\n```\n\n```starter\nfunc f() -> Int { 0 }\n```\n\n"
    + "```solution\nfunc f() -> Int { 1 }\n```\n\n```checks\ncheck(\"x\") {}\n```\n\n"

  @Test func cellsAreNumberedInReadingOrderWithTheirUsesAndLine() throws {
    let result = Self.lesson(
      Self.exercise + "```run\nprint(1)\n```\n\ntext\n\n```run uses=ex\nprint(f())\n```\n")
    #expect(result.diagnostics.isEmpty)
    let cells = result.lesson.cells
    try #require(cells.count == 2)
    #expect(cells[0].number == 1 && cells[0].code == "print(1)\n" && cells[0].uses == nil)
    #expect(cells[1].number == 2 && cells[1].uses == "ex" && cells[1].code == "print(f())\n")
    #expect(cells[0].location.line == 26)
    #expect(Cell.reference(lesson: result.lesson, number: 2) == "1:2")
  }

  @Test func aCellIsNotPartOfTheExerciseBeforeIt() {
    let result = Self.lesson(Self.exercise + "```run uses=ex\nprint(f())\n```\n")
    #expect(result.lesson.exercises.count == 1)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func lintReportsAnArgumentAnUnknownAttributeAndAnEmptyCell() {
    let result = Self.lesson("```run now colour=red\n```\n")
    let messages = result.diagnostics.map(\.message)
    #expect(result.diagnostics.allSatisfy { $0.location.line == 10 })
    #expect(
      messages == [
        "cannot read `now` after ```run; write ```run or ```run uses=EXERCISE-ID",
        "the ```run block is empty; write the Swift code the cell runs",
        "unknown attribute `colour` on a ```run block; the only one is uses=EXERCISE-ID",
      ])
  }

  @Test func lintReportsUsesOfAnUnknownOrLaterExercise() {
    let first = Self.lesson(
      "```run uses=ez\nprint(1)\n```\n\n```run uses=ex\nprint(1)\n```\n\n```run uses=later\nx\n```\n\n"
        + Self.exercise, path: "01-a.md")
    let second = Self.lesson(
      Self.exercise.replacingOccurrences(of: "```exercise ex", with: "```exercise later"),
      id: "b", order: 2, path: "02-b.md")
    let diagnostics = Linter.lint([first, second]).filter { $0.message.contains("uses=") }
    #expect(
      diagnostics.map(\.description) == [
        "01-a.md:10:1: error: `uses=ez` names no exercise of the course (did you mean `ex`?)",
        "01-a.md:14:1: error: `uses=ex` names an exercise declared after this cell (01-a.md:22:1); move the cell after it",
        "01-a.md:18:1: error: `uses=later` names an exercise declared after this cell (02-b.md:10:1); move the cell after it",
      ])
  }

  @Test func lintOfOneFileFindsAnExerciseOfAnEarlierLessonBesideIt() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("primer-cells-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let front = { (id: String, order: Int) in
      "---\nid: \(id)\ntitle: T\norder: \(order)\nsummary: s\n---\n\n# T\n\n"
    }
    try (front("a", 1) + Self.exercise).write(
      toFile: folder + "/01-a.md", atomically: true, encoding: .utf8)
    try (front("b", 2) + "```run uses=ex\nprint(f())\n```\n").write(
      toFile: folder + "/02-b.md", atomically: true, encoding: .utf8)
    #expect(try Linter.lint(paths: [folder + "/02-b.md"]).isEmpty)
  }
}
