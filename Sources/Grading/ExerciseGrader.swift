import Course
import Isolation

/// Something that grades a learner's file for an exercise: the real ``Grader``, or a stand-in
/// in tests of the commands that grade (`primer watch`).
public protocol ExerciseGrader: Sendable {
  /// Grades the Swift file at `file` as a solution of `exercise`.
  ///
  /// - Parameter seed: the seed of the checks' random inputs; `nil` for the exercise's own.
  func grade(_ exercise: Exercise, file: String, seed: UInt64?) throws(GradingError) -> Verdict
}

extension Grader: ExerciseGrader {}
