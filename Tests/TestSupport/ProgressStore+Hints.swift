import Isolation
import LearnerState

extension ProgressStore {
  /// Counts one more hint used for `exercise`, as `primer hint` does
  /// (`Workspace.nextHint(for:)`), without an exercise to show a hint of.
  @discardableResult
  public func useHint(for exercise: String) throws(GradingError) -> Progress {
    try update { progress in
      progress.exercises[exercise, default: Progress.Exercise()].hintsUsed += 1
    }
  }
}
