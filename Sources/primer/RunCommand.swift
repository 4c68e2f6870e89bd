import Base
import ArgumentParser
import Course
import Grading


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
      let session = try LearnerSession.open(course, workspace, quiet: json)
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
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(verdict), as: UTF8.self))
    } else {
      let next = verdict.status == .passed ? index.exercise(after: found.id) : nil
      print(VerdictText.render(verdict, file: path, next: next), terminator: "")
    }
    if verdict.status != .passed { throw ExitCode(1) }
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

/// A verdict as `primer run` prints it: one line per check, details indented, the mistake
/// recognised, what the program printed, and what to do next.
enum VerdictText {
  static func render(_ verdict: Verdict, file: String, next: String?) -> String {
    var lines: [String] = []
    let seed = verdict.seed.map { ", seed \($0)" } ?? ""
    lines.append("\(verdict.exercise): \(file)\(seed)")
    switch verdict.status {
    case .compileError:
      lines.append("✗ Your code does not compile.")
      for diagnostic in verdict.diagnostics where diagnostic.severity == .error {
        lines.append(
          "    \(diagnostic.file):\(diagnostic.line):\(diagnostic.column): "
            + TerminalText.escape(diagnostic.message))
      }
      if verdict.diagnostics.allSatisfy({ $0.severity != .error }) {
        lines.append("    " + TerminalText.escape(verdict.summary))
      }
    default:
      for check in verdict.checks {
        lines.append("\(check.passed ? "✓" : "✗") \(TerminalText.escape(check.name))")
        if !check.passed {
          lines.append(contentsOf: indented(TerminalText.escape(check.detail)))
        }
      }
      for (index, missing) in verdict.missingChecks.enumerated() {
        if index == 0 && verdict.status != .failed {
          // Checks report in order: the first missing one is where the program stopped.
          lines.append("✗ \(TerminalText.escape(missing)) (stopped here)")
        } else {
          lines.append("· \(TerminalText.escape(missing)) (did not run)")
        }
      }
      if verdict.status != .passed && verdict.status != .failed || verdict.checks.isEmpty {
        lines.append(contentsOf: indented(TerminalText.escape(verdict.summary)))
      }
    }
    if let mistake = verdict.mistake {
      lines.append("")
      lines.append("This looks like a known mistake, `\(mistake.name)`:")
      lines.append(contentsOf: indented(TerminalText.escape(mistake.message)))
    }
    if !verdict.output.isEmpty {
      lines.append("")
      lines.append("Your program printed:")
      var output = verdict.output
      while output.hasSuffix("\n") { output.removeLast() }
      lines.append(contentsOf: indented(TerminalText.escape(output)))
    }
    lines.append("")
    if verdict.status == .passed {
      lines.append(
        "Passed! "
          + (next.map { "Next: `primer run \($0)`." } ?? "That was the last exercise."))
    } else {
      let repeatSeed =
        verdict.status == .compileError
        ? "" : verdict.seed.map { " (`--seed \($0)` repeats these inputs)" } ?? ""
      lines.append(
        "Fix it and run `primer run \(verdict.exercise)` again\(repeatSeed); "
          + "`primer hint \(verdict.exercise)` gives a hint.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func indented(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
  }
}
