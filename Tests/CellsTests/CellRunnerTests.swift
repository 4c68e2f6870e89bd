import Cells
import Course
import Foundation
import Grading
import Isolation
import Pictures
import Testing

/// Cells compiled and run for real, in the sandbox: each test is one or two compiles (about a
/// second each), so they are few. The kit is built once into a cache shared with the grading
/// tests; each test keeps its runs in a folder of its own.
@Suite struct CellRunnerTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardized.path
  static let cache = NSTemporaryDirectory() + "primer-grading-tests/grader-cache"

  static let grader: Result<Grader, GradingError> = Result { () throws(GradingError) in
    let grader = try Grader(kitSources: KitSources(folder: root + "/Sources"), cache: cache)
    try grader.prepare()
    return grader
  }

  /// A runner keeping its runs in a fresh folder, with short limits for the runaway cells.
  static func runner() throws -> CellRunner {
    var runner = CellRunner(grader: try grader.get())
    runner.folder = NSTemporaryDirectory() + "primer-cells-tests/" + UUID().uuidString
    runner.limits = Limits(cpuSeconds: 2, wallSeconds: 6, outputBytes: 64 << 10)
    return runner
  }

  static let exercise = CellParsingTests.lesson(
    CellParsingTests.exercise.replacingOccurrences(
      of: "func f() -> Int { 0 }", with: "func f() -> Int {\n  // TODO\n  return 0\n}")
  ).lesson.exercises[0]

  static func cell(_ code: String, uses learner: String?? = nil) -> CellSource {
    let uses = learner.map {
      CellSource.Uses(exercise: exercise, shownPath: "workspace/ex.swift", learnerText: $0)
    }
    return CellSource(code: code, name: "cells/a-1.swift", uses: uses)
  }

  @Test func anUnchangedCellIsNotRunAgainAndAChangedOneIs() throws {
    let runner = try Self.runner()
    let random = Self.cell("print(UInt64.random(in: 0...UInt64.max))\n")
    #expect(runner.cached(random) == nil)
    let first = try runner.run(random)
    #expect(first.status == .ran)
    #expect(runner.cached(random) == first)
    #expect(try runner.run(random) == first)  // a new run would print another number
    var changed = random
    changed.code += "print(\"and more\")\n"
    #expect(runner.cached(changed) == nil)
    let second = try runner.run(changed)
    #expect(second.stdout.hasSuffix("and more\n") && second.stdout != first.stdout + "and more\n")
  }

  @Test func usesRunsTheLearnersFileWhenItCompiles() throws {
    let run = try Self.runner().run(Self.cell("print(f())\n", uses: "func f() -> Int { 42 }\n"))
    #expect(run.status == .ran && run.stdout == "42\n")
    #expect(run.notes == ["using your f (workspace/ex.swift)"])
  }

  @Test(
    arguments: [
      (
        nil,
        "using the lesson's solution: your file workspace/ex.swift does not exist (primer start makes it)"
      ),
      (
        "// a header\nfunc f() -> Int {\n  // TODO\n  return 0\n}\n",
        "using the lesson's solution: your file workspace/ex.swift still holds the starter code"
      ),
      (
        "func f() -> Int { \"x\" }\n",
        "using the lesson's solution: your file does not compile (workspace/ex.swift:1: cannot convert return expression of type 'String' to return type 'Int')"
      ),
    ] as [(String?, String)])
  func usesRunsTheSolutionOtherwiseAndSaysWhy(learner: String?, note: String) throws {
    let run = try Self.runner().run(Self.cell("print(f())\n", uses: .some(learner)))
    #expect(run.status == .ran && run.stdout == "1\n")
    #expect(run.notes == [note])
  }

  @Test func aCompileErrorNamesTheCellsLine() throws {
    let run = try Self.runner().run(Self.cell("let x = 1\nprint(y)\n"))
    #expect(run.status == .compileError)
    #expect(run.error?.hasPrefix("cells/a-1.swift:2:7: error: cannot find 'y' in scope") == true)
  }

  @Test func aCrashKeepsWhatWasPrintedAndSaysWhere() throws {
    let run = try Self.runner().run(Self.cell("print(\"before\")\nlet a = [1]\nprint(a[3])\n"))
    #expect(run.status == .crashed)
    #expect(run.stdout == "before\n")
    #expect(run.error == "crashed at a-1.swift:3:8: Index out of range")
  }

  @Test func aCellThatLoopsForeverIsStopped() throws {
    let run = try Self.runner().run(Self.cell("var i = 0\nwhile true { i &+= 1 }\n"))
    #expect(run.status == .timedOut)
    #expect(run.error?.contains("an endless loop") == true)
  }

  @Test func aCellThatFloodsIsStoppedAndCut() throws {
    let run = try Self.runner().run(Self.cell("while true { print(\"spam\") }\n"))
    #expect(run.status == .outputExceeded)
    let output = run.output
    #expect(output.notes.contains { $0.hasPrefix("output cut after 200 of ") })
    #expect(
      output.error == "stopped after printing 64 KiB: print less, or print inside a smaller loop")
  }

  @Test func theDisplayLibraryDrawsEveryKindOfPicture() throws {
    let run = try Self.runner().run(
      Self.cell(
        """
        let x = [0.0, 1, 2]
        show("m", Matrix([[1, 2]]))
        plot(x: x, series: [("a", x), ("b", x.map { exp(-$0) })], title: "P")
        bars(["p", "q"], groups: [("T=1", [0.5, 0.5]), ("T=2", [0.1, 0.9])])
        heatmap(Matrix([[0.1, 0.9]]), rowLabels: ["r"], columnLabels: ["c1", "c2"], title: "H")

        """))
    #expect(run.status == .ran)
    let kinds = run.output.items.map { item -> String in
      switch item {
      case .text(let text): "text \(text)"
      case .picture(.lineChart, let title): "line \(title)"
      case .picture(.barChart, let title): "bars \(title)"
      case .picture(.heatMap, let title): "heat \(title)"
      case .badRecord(let problem): "bad \(problem)"
      }
    }
    #expect(kinds == ["text m = [1, 2]\n[ 1.0000  2.0000 ]", "line P", "bars ", "heat H"])
  }

  @Test func aLessonsCellsRunTogetherAsTheyWouldAlone() throws {
    let runner = try Self.runner()
    let sources = [
      Self.cell("print(f() + 1)\n", uses: .some(nil)),
      Self.cell("print(\"second\")\nprint([1][2])\n", uses: .some(nil)),
      Self.cell("print(f() + 2)\n", uses: .some(nil)),
      // An extension cannot stand in a function body: this group is built cell by cell.
      Self.cell("extension Int { var twice: Int { 2 * self } }\nprint(3.twice)\n"),
      Self.cell("print(\"alone\")\n"),
    ].enumerated().map { index, source in
      var source = source
      source.name = "cells/a-\(index + 1).swift"
      return source
    }
    var seen: [Int] = []
    let runs = try runner.runAll(sources) { done, count in
      #expect(count == 5)
      seen.append(done)
    }
    #expect(seen == [0, 1, 2, 3, 4])
    #expect(runs.map(\.stdout) == ["2\n", "second\n", "3\n", "6\n", "alone\n"])
    #expect(runs.map(\.status) == [.ran, .crashed, .ran, .ran, .ran])
    #expect(runs[1].error == "crashed at a-2.swift:2:10: Index out of range")
    #expect(runs[0].notes == runs[2].notes && runs[0].notes.count == 1)
    let again = try Self.runner().run(sources[1], reuse: false)
    #expect(again.stdout == runs[1].stdout && again.error == runs[1].error)
    #expect(sources.allSatisfy { runner.cached($0) != nil })
  }
}
