import ArgumentParser
import Base
import Cells
import Course
import Grading
import Isolation
import Pictures

struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check every exercise as its author must: solution, starter and mistakes.",
    discussion: """
      For each exercise: the solution passes every check, the starter compiles and
      fails, and each mistake fails and is recognised by name. For each lesson
      verified whole: every notebook cell compiles and runs to the end (with the
      lessons' solutions for uses=). Exits with status 1 on any problem.

      With --mutants, tests the checks instead: makes mutants of each solution
      (operators, constants, indices, swapped arguments, dropped assignments, rows and
      columns swapped), grades each on three seeds, and lists those no check kills
      (see Docs/exercises.md). Exits with status 1 when an exercise kills fewer than
      95% of its mutants that compile and are not marked equivalent.
      """)

  @OptionGroup var course: CourseOptions

  @Flag(help: "Grade mutants of each solution and report those no check kills.")
  var mutants = false

  @Flag(help: "With --mutants: print one JSON object per exercise, one per line.")
  var json = false

  @Option(help: "With --mutants: mutants graded at once (default: the number of cores).")
  var jobs: Int?

  @Option(
    help: """
      With --mutants: at most N mutants per exercise, spread evenly over the solution \
      (the same ones every run).
      """)
  var limit: Int?

  @Argument(
    help: "Lessons (by id, number or prefix) or exercises (by id) to verify (default: all).")
  var lessons: [String] = []

  func validate() throws {
    if !mutants && (json || jobs != nil || limit != nil) {
      throw ValidationError("--json, --jobs and --limit go with --mutants.")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
  }

  func run() throws {
    let directory = try Catalog.locateLessons(explicit: course.lessons)
    let catalog = try Catalog.load(directory: directory)
    var chosen: [(lesson: Lesson, exercises: [Exercise])] = []
    // The lessons verified whole, whose cells are run too.
    var whole: Set<String> = []
    for name in lessons {
      if let lesson = catalog.lessons.first(where: { $0.exercises.contains { $0.id == name } }) {
        chosen.append((lesson, lesson.exercises.filter { $0.id == name }))
      } else {
        let lesson = try catalog.lesson(named: name)
        chosen.append((lesson, lesson.exercises))
        whole.insert(lesson.id)
      }
    }
    if lessons.isEmpty {
      chosen = catalog.lessons.map { ($0, $0.exercises) }
      whole = Set(catalog.lessons.map(\.id))
    }
    var problems = 0
    var count = 0
    var cells = 0
    let grader: Grader
    switch Result(catching: { () throws(GradingError) -> Grader in
      try Grader(
        kitSources: try KitSources.locate(lessons: directory), cache: Grader.defaultCache())
    }) {
    case .success(let made): grader = made
    case .failure(let error):
      throw error
    }
    if !grader.isPrepared { Terminal.printError("Preparing the grader (once)…") }
    if mutants {
      try verifyMutants(chosen, grader: grader)
      return
    }
    for (lesson, exercises) in chosen {
      let lessonFile = "Lessons/" + FilePath.lastComponent(lesson.path)
      for exercise in exercises {
        count += 1
        print("\(exercise.id) (\(lessonFile):\(exercise.location.line))")
        let result = Result { () throws(GradingError) -> VerifyReport in
          try grader.verify(exercise, lessonFile: lessonFile)
        }
        switch result {
        case .success(let report):
          for item in report.items {
            print("  \(item.ok ? "✓" : "✗") \(item.subject): \(item.message)")
          }
          problems += report.problems.count
        case .failure(let error):
          print("  ✗ \(error.description)")
          problems += 1
        }
      }
      if whole.contains(lesson.id) {
        problems += verifyCells(lesson, lessonFile: lessonFile, catalog: catalog, grader: grader)
        cells += lesson.cells.count
      }
    }
    Terminal.printError(
      "\(count) exercise\(count == 1 ? "" : "s")"
        + (cells > 0 ? " and \(cells) cell\(cells == 1 ? "" : "s")" : "") + " verified, "
        + "\(problems) problem\(problems == 1 ? "" : "s").")
    if problems > 0 { throw ExitCode(1) }
  }

  /// Runs every cell of `lesson` with the lessons' solutions (a kept run counts), one line
  /// each; returns the number that did not run to the end.
  private func verifyCells(
    _ lesson: Lesson, lessonFile: String, catalog: Catalog, grader: Grader
  ) -> Int {
    guard let index = try? LessonIndex.load(directory: catalog.directory) else {
      print("  ✗ cannot list the lessons in \(catalog.directory)")
      return 1
    }
    let notebook = Notebook(index: index, workspace: nil, runner: CellRunner(grader: grader))
    var problems = 0
    for cell in lesson.cells {
      print("cell \(cell.number) (\(lessonFile):\(cell.location.line))")
      let output = notebook.output(of: cell, in: lesson)
      if output.status == .ran {
        print("  ✓ runs to the end")
      } else {
        problems += 1
        let reason = [output.error, output.notes.last].compactMap { $0 }.first ?? ""
        print("  ✗ \(output.status.rawValue): \(reason)")
      }
    }
    return problems
  }

  /// `--mutants`: each exercise's mutation report as it is done, then the course's figure.
  private func verifyMutants(
    _ chosen: [(lesson: Lesson, exercises: [Exercise])], grader: Grader
  ) throws {
    let clock = ContinuousClock()
    let started = clock.now
    var reports: [MutationReport] = []
    var failures = 0
    for (lesson, exercises) in chosen {
      let lessonFile = "Lessons/" + FilePath.lastComponent(lesson.path)
      for exercise in exercises {
        let result = Result { () throws(GradingError) -> MutationReport in
          try grader.verifyMutants(
            exercise, lessonFile: lessonFile, limit: limit,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        }
        switch result {
        case .success(let report):
          reports.append(report)
          if !report.meetsGoal { failures += 1 }
          print(json ? try MutantText.json(report) : MutantText.render(report))
        case .failure(let error):
          failures += 1
          Terminal.printError("\(exercise.id): \(TerminalText.escape(error.description))")
        }
      }
    }
    Terminal.printError(
      MutantText.summary(
        reports, failures: failures, seconds: Double((clock.now - started).components.seconds)))
    if failures > 0 { throw ExitCode(1) }
  }
}
