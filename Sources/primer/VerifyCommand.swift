import ArgumentParser
import Base
import Course
import Grading

struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check every exercise as its author must: solution, starter and mistakes.",
    discussion: """
      For each exercise: the solution passes every check, the starter compiles and
      fails, and each mistake fails and is recognised by name. Exits with status 1
      on any problem.
      """)

  @OptionGroup var course: CourseOptions

  @Argument(help: "Lessons to verify, by id, number or prefix (default: all).")
  var lessons: [String] = []

  func run() throws {
    let directory = try Catalog.locateLessons(explicit: course.lessons)
    let catalog = try Catalog.load(directory: directory)
    let chosen = try lessons.isEmpty ? catalog.lessons : lessons.map(catalog.lesson(named:))
    var problems = 0
    var count = 0
    let grader: Grader
    switch Result(catching: { () throws(GradingError) -> Grader in
      try Grader(
        kitSources: try KitSources.locate(lessons: directory), cache: Grader.defaultCache())
    }) {
    case .success(let made): grader = made
    case .failure(let error):
      Terminal.printError(error.description)
      throw ExitCode(1)
    }
    if !grader.isPrepared { Terminal.printError("Preparing the grader (once)…") }
    for lesson in chosen {
      let lessonFile = "Lessons/" + FilePath.lastComponent(lesson.path)
      for exercise in lesson.exercises {
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
    }
    Terminal.printError(
      "\(count) exercise\(count == 1 ? "" : "s") verified, "
        + "\(problems) problem\(problems == 1 ? "" : "s").")
    if problems > 0 { throw ExitCode(1) }
  }
}
