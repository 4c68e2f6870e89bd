import Base
import Course
import Isolation

extension Workspace {
  /// The reference solution of `exercise`, which is shown once the exercise passed.
  ///
  /// With `force`, it is shown before, and the first such time is recorded in progress
  /// (``Progress/Exercise/solutionForcedAt``).
  ///
  /// - Throws: ``WorkspaceError/solutionLocked(exercise:)`` if the exercise has not passed and
  ///   `force` is false; ``WorkspaceError/missingBlock(exercise:kind:)`` for a broken lesson.
  public func solution(for exercise: Exercise, force: Bool, at date: Date = Date())
    throws(WorkspaceError) -> String
  {
    guard let solution = exercise.solution else {
      throw .missingBlock(exercise: exercise.id, kind: "solution")
    }
    let store = progressStore
    let progress = try storing { () throws(GradingError) in try store.load() }
    if progress.exercises[exercise.id]?.passed == true { return solution.body }
    guard force else { throw .solutionLocked(exercise: exercise.id) }
    try storing { () throws(GradingError) in
      try store.update { progress in
        var record = progress.exercises[exercise.id] ?? Progress.Exercise()
        if !record.passed && record.solutionForcedAt == nil { record.solutionForcedAt = date }
        progress.exercises[exercise.id] = record
      }
    }
    return solution.body
  }
}
