import Base
import Course
import Isolation

extension Grader {
  /// A key that changes whenever the verdict of grading `text` for `exercise` with `seed`
  /// could change: the learner's text, the seed, the exercise's fields, solution, checks and
  /// mistakes (code and messages), the kit's libraries, the compiler, and the `primer` and
  /// `primer-sandbox` executables themselves.
  ///
  /// `primer grade` keeps each verdict with its key and grades a submission again only when
  /// the key differs. 16 hex digits of ``ContentHash`` (FNV-1a, not cryptographic): the text
  /// is the learner's own, so a collision would only let a learner keep an earlier verdict of
  /// their own.
  ///
  /// - Parameter lessonFile: the lesson file as ``grade(_:file:seed:lessonFile:)`` is given it.
  /// - Throws: ``GradingError/exerciseIncomplete(exercise:missing:)`` for an exercise that
  ///   cannot be graded at all.
  public func verdictKey(
    for exercise: Exercise, text: String, seed: UInt64, lessonFile: String
  ) throws(GradingError) -> String {
    let spec = try ExerciseSpec(exercise, lessonFile: lessonFile)
    return ContentHash.of([
      FilePath.lastComponent(kitFolder), spec.moduleHash, String(spec.timeLimitSeconds),
      String(spec.optimize), spec.checkNames.joined(separator: "\n"),
      spec.mistakes.map(\.message).joined(separator: "\n"),
      Compiler.fileIdentity(Platform.currentExecutablePath() ?? ""),
      Compiler.fileIdentity(sandbox.trampoline), String(seed), text,
    ])
  }

  /// The names of the checks `exercise` runs, in order: what every verdict of it is counted
  /// against (a crash leaves some unreported).
  ///
  /// - Throws: ``GradingError/exerciseIncomplete(exercise:missing:)``.
  public static func checkNames(of exercise: Exercise) throws(GradingError) -> [String] {
    try ExerciseSpec(exercise, lessonFile: lessonFile(of: exercise)).checkNames
  }
}
