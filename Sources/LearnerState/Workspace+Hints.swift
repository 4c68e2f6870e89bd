import Course
import Isolation

extension Workspace {
  /// What `primer hint` has to show.
  public enum HintOutcome: Sendable, Equatable {
    /// Hint `number` (1-based) of `total`; its body is Markdown.
    case hint(number: Int, total: Int, markdown: String)
    /// Every one of the `total` hints was already shown.
    case noMoreHints(total: Int)
    /// The exercise has no hints.
    case noHints
  }

  /// The next hint for `exercise`, recorded in progress as used: hint 1 the first time,
  /// then 2, … The count is read and raised under the progress lock, so two `primer hint`
  /// at once show hints 1 and 2, never 1 twice.
  public func nextHint(for exercise: Exercise) throws(WorkspaceError) -> HintOutcome {
    let total = exercise.hints.count
    guard total > 0 else { return .noHints }
    var shown: Int?
    try storing { () throws(GradingError) in
      try progressStore.update { progress in
        var record = progress.exercises[exercise.id] ?? Progress.Exercise()
        if record.hintsUsed < total {
          record.hintsUsed += 1
          shown = record.hintsUsed
        }
        progress.exercises[exercise.id] = record
      }
    }
    guard let shown else { return .noMoreHints(total: total) }
    return .hint(number: shown, total: total, markdown: exercise.hints[shown - 1].body)
  }
}
