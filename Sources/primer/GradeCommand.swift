import ArgumentParser
import Base
import Classroom
import Course
import Grading
import LearnerState

struct GradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade",
    abstract: "Grade a whole class into a gradebook, on one machine or as shards.",
    usage: """
      primer grade CLASS_DIR --out DIR [--jobs N] [--shard I/N] [--seed N] [EXERCISE ...]
      primer grade --merge DIR ... --out DIR
      """,
    discussion: """
      CLASS_DIR holds one folder per student: the student's workspace (STUDENT/EXERCISE.swift)
      or a cloned repository with a workspace/ folder. Every exercise (or those named) is
      graded for every student as `primer run --file` grades it; no file, or the untouched
      starter, is `missing`. DIR receives gradebook.csv, gradebook.json, junit.xml and
      summary.md, and under verdicts/ what a later run needs to grade only what changed.
      `--shard I/N` grades the students whose sorted index is I modulo N; `--merge` joins the
      shards' folders into the gradebook of the whole class. Exits with status 0 when grading
      completed, whatever the students scored; 1 when Primer could not grade (some
      submissions, or at all), 2 for bad input. See Docs/teaching.md.
      """)

  @OptionGroup var course: CourseOptions

  @Argument(
    help: ArgumentHelp(
      "The class folder, then exercises to grade (default: all); with --merge, the shards' folders.",
      valueName: "class-dir|shard-dir"))
  var inputs: [String] = []

  @Option(help: ArgumentHelp("The folder to write the gradebook in.", valueName: "dir"))
  var out: String

  @Option(help: "Submissions graded at once (default: the number of cores).")
  var jobs: Int?

  @Option(
    help: ArgumentHelp("Grade only students whose sorted index is I modulo N.", valueName: "I/N"))
  var shard: String?

  @Option(help: "Grade every submission with this seed (default: one per student and exercise).")
  var seed: UInt64?

  @Flag(help: "Join the gradebooks of shards (the folders given) into DIR.")
  var merge = false

  func validate() throws {
    if merge {
      guard !inputs.isEmpty else { throw ValidationError("Give the shards' folders to merge.") }
      guard jobs == nil, shard == nil, seed == nil else {
        throw ValidationError("--merge takes only the shards' folders and --out.")
      }
    } else {
      guard !inputs.isEmpty else { throw ValidationError("Give the class folder.") }
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
  }

  /// Errors end the command as every command's do (`ExitStatus`): a class, shards or exercises
  /// it cannot use with 2, a grader that cannot be prepared or a folder that cannot be written
  /// with 3.
  func run() throws {
    if merge {
      let gradebook = try GradebookFolder(out).merge(inputs)
      print(
        "Merged \(inputs.count) shard\(inputs.count == 1 ? "" : "s"): "
          + "\(gradebook.students.count) students. Wrote \(files) in \(out).")
      try exitStatus(for: gradebook)
    } else {
      try grade()
    }
  }

  private var files: String {
    GradebookFolder.files.dropLast().joined(separator: ", ") + " and "
      + GradebookFolder.files.last!
  }

  private func grade() throws {
    let directory = try Catalog.locateLessons(explicit: course.lessons)
    let catalog = try Catalog.load(directory: directory)
    let exercises = try ClassExercise.select(Array(inputs.dropFirst()), from: catalog)
    let shard = try self.shard.map { text throws(ClassroomError) in try Shard(parsing: text) }
    let classFolder = try ClassFolder.open(inputs[0], syllabus: Syllabus(catalog), output: out)
    let grading = ClassGrading(
      classFolder: classFolder, exercises: exercises, seed: seed, shard: shard,
      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    for stray in classFolder.strayFiles + grading.students.flatMap(\.strayFiles) {
      Terminal.printError("warning: " + TerminalText.escape(stray.message))
    }
    let output = try GradebookFolder(out)
    let grader = try Grader(
      kitSources: try KitSources.locate(lessons: directory), cache: Grader.defaultCache())
    if !grader.isPrepared { Terminal.printError("Preparing the grader (once)…") }
    try grader.prepare()
    let bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
    let report = try grading.run(grader: grader, output: output) { bar.show($0) }
    bar.finish()
    let count = report.gradebook.entries.count
    let missing = report.gradebook.entries.filter { $0.entry.status == .missing }.count
    print(
      "\(grading.students.count) student\(grading.students.count == 1 ? "" : "s")"
        + (shard.map { " (shard \($0.text))" } ?? "") + " × \(exercises.count) exercise"
        + (exercises.count == 1 ? "" : "s") + ": \(report.graded) graded, \(report.reused) "
        + "unchanged since the last run, \(missing) missing, of \(count). "
        + "Wrote \(files) in \(out).")
    try exitStatus(for: report.gradebook)
  }

  /// Status 1, after saying which, when some submissions could not be graded: the gradebook is
  /// written, and the next run grades only those.
  private func exitStatus(for gradebook: Gradebook) throws {
    let problems = gradebook.entries.filter { $0.entry.status.isGraderProblem }
    guard !problems.isEmpty else { return }
    for (student, entry) in problems.prefix(20) {
      Terminal.printError(
        TerminalText.escape("\(student)/\(entry.exercise): \(entry.note ?? entry.status.rawValue)"))
    }
    throw CommandError(
      "\(problems.count) submission\(problems.count == 1 ? "" : "s") could not be graded "
        + "(listed above and in summary.md). Fix the cause and run the same command again: only "
        + "\(problems.count == 1 ? "it is" : "they are") graded again.", status: .notYet)
  }
}

/// `[#######-------]  12/492 · 3 unchanged · alice/softmax` on standard error, redrawn in place;
/// drawn only when standard error is a terminal.
private final class ProgressBar: Sendable {
  let enabled: Bool

  init(enabled: Bool) {
    self.enabled = enabled
  }

  func show(_ progress: ClassGrading.Progress) {
    guard enabled, progress.total > 0 else { return }
    let width = 24
    let filled = progress.done * width / progress.total
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    var line =
      "[\(bar)] \(progress.done)/\(progress.total) · \(progress.reused) unchanged · "
      + TerminalText.escape(progress.student) + "/" + progress.exercise
    if line.count > 78 { line = String(line.prefix(77)) + "…" }
    Terminal.writeErrorControl("\r\u{1B}[K")
    Terminal.writeError(line)
  }

  func finish() {
    if enabled { Terminal.writeErrorControl("\r\u{1B}[K") }
  }
}
