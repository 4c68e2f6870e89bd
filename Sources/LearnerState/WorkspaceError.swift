import Isolation

/// What stops an exercise command (`start`, `hint`, `reset`, `solution`, `watch`), as facts;
/// ``description`` turns them into a message that says what happened and what to try.
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
  /// No exercise has this id or starts with it.
  case unknownExercise(name: String, suggestions: [String])
  /// Several exercise ids start with this name.
  case ambiguousExercise(name: String, candidates: [String])
  /// The course declares no exercises at all.
  case noExercises(lessons: String)
  /// The exercise's lesson has no `starter` (or no `solution`) block: a broken lesson.
  case missingBlock(exercise: String, kind: String)
  /// The solution is shown only after the exercise passed.
  case solutionLocked(exercise: String)
  /// A file of the workspace could not be read, written or moved.
  case storage(GradingError)

  public var description: String {
    switch self {
    case .unknownExercise(let name, let suggestions):
      let list = suggestions.map { "`\($0)`" }.joined(separator: " or ")
      return "No exercise is called '\(name)'. "
        + (suggestions.isEmpty ? "" : "Did you mean \(list)? ")
        + "`primer list` shows every exercise."
    case .ambiguousExercise(let name, let candidates):
      return "'\(name)' could be \(candidates.map { "`\($0)`" }.joined(separator: ", ")); "
        + "type more of the id."
    case .noExercises(let lessons):
      return "The lessons in \(lessons) declare no exercises yet, so there is nothing to solve. "
        + "Read them with `primer read 1`."
    case .missingBlock(let exercise, let kind):
      return "Exercise `\(exercise)` has no ```\(kind) block in its lesson. "
        + "The lesson is broken: `primer lint` shows where."
    case .solutionLocked(let exercise):
      return "The solution to `\(exercise)` is shown once your code passes: check it with "
        + "`primer run \(exercise)`, or ask for a hint with `primer hint \(exercise)`. To see it "
        + "anyway, run `primer solution \(exercise) --force` (your progress records that you did)."
    case .storage(let error):
      return error.description
    }
  }
}
