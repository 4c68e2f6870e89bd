/// What can go wrong finding and reading lessons. Text for the user comes from `description`.
public enum CourseError: Error, CustomStringConvertible, Equatable {
  case lessonsNotFound(searched: [String])
  case unreadable(path: String, reason: String)
  /// No lesson has this id, number or prefix; `suggestions` are the ids close to it.
  case unknownLesson(name: String, valid: [(order: Int, id: String)], suggestions: [String])
  case ambiguousLesson(name: String, candidates: [String])

  public var description: String {
    switch self {
    case .lessonsNotFound(let searched):
      return "No lessons folder found (looked in: \(searched.joined(separator: ", "))). "
        + "Run primer from the Primer checkout, or pass --lessons DIR, or set PRIMER_LESSONS."
    case .unreadable(let path, let reason):
      return "\(path): \(reason). Check that it exists and that you may read it."
    case .unknownLesson(let name, let valid, let suggestions):
      if !suggestions.isEmpty {
        return "No lesson is called '\(name)'. Did you mean "
          + suggestions.map { "`\($0)`" }.joined(separator: " or ")
          + "? `primer list` shows every lesson."
      }
      let list = valid.map { $0.order == Int.max ? $0.id : "\($0.order) \($0.id)" }
      return "No lesson is called '\(name)'. Lessons: \(list.joined(separator: ", ")). "
        + "Name one by id, number or a unique prefix."
    case .ambiguousLesson(let name, let candidates):
      return "'\(name)' matches several lessons: \(candidates.joined(separator: ", ")). "
        + "Type more of the name."
    }
  }

  public static func == (lhs: CourseError, rhs: CourseError) -> Bool {
    lhs.description == rhs.description
  }
}
