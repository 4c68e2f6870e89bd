import ArgumentParser
import Base
import Course
import Grading
import Isolation
import Session

struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Grade your solution to an exercise.",
    discussion: """
      Compiles your file (workspace/EXERCISE.swift by default) with the exercise's
      checks and runs them on fresh random inputs; `--seed N` repeats the inputs of
      an earlier run. Exits with status 0 when every check passes, 1 when not, 2 for
      a usage error.
      """)

  @OptionGroup var course: CourseOptions
  @OptionGroup var workspace: WorkspaceOptions

  @Argument(help: "The exercise: its id (e.g. neuron-output) or a unique prefix.")
  var exercise: String

  @Option(help: ArgumentHelp("Grade this file instead of your workspace's.", valueName: "path"))
  var file: String?

  @Option(help: "The seed of the random inputs, to repeat a run.")
  var seed: UInt64?

  @Flag(help: "Print the verdict as JSON, for scripts and editors.")
  var json = false

  @Flag(help: "Also say how your program was isolated while it ran.")
  var verbose = false

  func run() throws {
    let directory = try Catalog.locateLessons(explicit: course.lessons)
    let place = workspace.location
    // The quick way, once the workspace exists: find the lesson that declares the exercise
    // and parse only that one. The first run, or an unknown name, takes the full way: it
    // makes the workspace, or lists the exercises there are.
    let index = try LessonIndex.load(directory: directory)
    var found: Exercise?
    var lessonPath = ""
    if place.exists, let entry = index.entry(declaringExercise: exercise) {
      let lesson = try index.lesson(entry)
      found = lesson.exercises.first { $0.id == exercise }
      lessonPath = entry.path
    }
    if found == nil {
      let session = try LearnerSession.open(course, workspace, exercise: exercise, quiet: json)
      let entry = try session.entry(named: exercise)
      found = entry.exercise
      lessonPath = session.catalog.lessons.first { $0.id == entry.exercise.lessonID }?.path ?? ""
    }
    guard let found else { preconditionFailure("run: no exercise found and no error thrown") }
    let path = file ?? place.file(for: found.id)
    guard FileManager.default.fileExists(atPath: path) else {
      throw CommandError(
        "There is no file `\(path)`. Run `primer reset \(found.id)` to make it again from the "
          + "starter, or pass --file PATH.", status: file == nil ? .cannot : .usage)
    }
    let lessonFile = "Lessons/" + FilePath.lastComponent(lessonPath)
    let verdict: Verdict
    switch Self.grade(found, file: path, seed: seed, lessons: directory, lessonFile: lessonFile) {
    case .success(let graded):
      verdict = graded
    case .failure(let error):
      throw error
    }
    if file == nil {
      // Progress records the learner's own file only, not a file graded with --file.
      do {
        _ = try place.progressStore.record(verdict, for: found.id)
      } catch {
        Terminal.printError("warning: your progress could not be saved: \(error)")
      }
    }
    if verbose, let isolation = verdict.isolation {
      Terminal.printError(Self.isolationNote(isolation))
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(verdict), as: UTF8.self))
    } else {
      let next = verdict.status == .passed ? index.exercise(after: found.id) : nil
      let text = VerdictText(style: Terminal.style(width: nil, forceColor: nil), setting: .run)
      print(text.render(verdict, file: path, next: next), terminator: "")
    }
    if verdict.status != .passed { throw ExitCode(1) }
  }

  /// What `--verbose` says about `isolation` (``RunOutcome/isolation``), on stderr.
  static func isolationNote(_ isolation: String) -> String {
    if isolation.hasSuffix("pid+net") {
      return "Sandbox (\(isolation)): your program ran in namespaces of its own, with no "
        + "network and a private /tmp, /var/tmp and /dev/shm, and could write "
        + "\(Limits().diskBytes >> 20) MiB in all."
    }
    return "Sandbox (\(isolation)): this system lets primer make no namespaces (unprivileged "
      + "user namespaces are turned off), so your program ran as you, without a private /tmp "
      + "or a cap on what it writes; CPU, memory, time and output limits still applied. An "
      + "administrator can allow them (sysctl user.max_user_namespaces, or "
      + "kernel.unprivileged_userns_clone=1 on older Debian kernels); see Docs/grader.md."
  }

  private static func grade(
    _ exercise: Exercise, file: String, seed: UInt64?, lessons: String, lessonFile: String
  ) -> Result<Verdict, GradingError> {
    Result { () throws(GradingError) -> Verdict in
      let grader = try Grader(
        kitSources: try KitSources.locate(lessons: lessons), cache: Grader.defaultCache())
      if !grader.isPrepared { Terminal.printError("Preparing the grader (once)…") }
      return try grader.grade(exercise, file: file, seed: seed, lessonFile: lessonFile)
    }
  }
}
