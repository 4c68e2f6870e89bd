/// What stops `primer try`, as facts; ``description`` says what happened and what to try.
public enum CellError: Error, Equatable, CustomStringConvertible {
  /// The argument is not `LESSON:N`.
  case badReference(String)
  /// The lesson has no cell of that number.
  case noSuchCell(lesson: String, number: Int, count: Int)
  /// `uses=` names an exercise no lesson declares.
  case unknownExercise(cell: String, exercise: String)
  /// There is no workspace to copy the cell into.
  case noWorkspace(root: String)
  /// A file of the workspace could not be read or written.
  case storage(path: String, reason: String)

  public var description: String {
    switch self {
    case .badReference(let text):
      return "'\(text)' does not name a cell: write LESSON:N, such as `primer try 1:2` for the "
        + "second cell of lesson 1 (LESSON is a number, an id or a unique prefix)."
    case .noSuchCell(let lesson, let number, let count):
      guard count > 0 else {
        return "Lesson `\(lesson)` has no cells to try. `primer read \(lesson)` shows it."
      }
      return "Lesson `\(lesson)` has \(count) cell\(count == 1 ? "" : "s"), so there is no cell "
        + "\(number): try `primer try \(lesson):1`"
        + (count > 1 ? " to `\(lesson):\(count)`." : ".")
    case .unknownExercise(let cell, let exercise):
      return "\(cell) uses exercise `\(exercise)`, which no lesson declares. The lesson is "
        + "broken: `primer lint` shows where."
    case .noWorkspace(let root):
      return "There is no workspace in \(root)/ to copy the cell into. Run `primer start` "
        + "first, or pass --workspace DIR."
    case .storage(let path, let reason):
      return "Cannot use \(path): \(reason)."
    }
  }
}
