/// What `primer list` shows: the lessons in order with their exercises, as text or JSON.
public struct CourseListing: Codable, Sendable, Equatable {
  public struct LessonEntry: Codable, Sendable, Equatable {
    public var number: Int
    public var id: String
    public var title: String
    public var summary: String
    public var path: String
    public var exercises: [ExerciseEntry]
  }

  public struct ExerciseEntry: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    /// `not started`, `started` (the file differs from the starter code), `failed` or
    /// `passed`: see `Workspace.Status` in Grading.
    public var status: String
    /// How many of the exercise's hints the learner has seen.
    public var hintsUsed: Int
  }

  public var lessons: [LessonEntry]

  /// The listing of `catalog`, every exercise `not started` with no hints used.
  public init(_ catalog: Catalog) {
    self.init(catalog) { _ in ("not started", 0) }
  }

  /// The listing of `catalog`, with each exercise's status and hints used from `progress`.
  public init(_ catalog: Catalog, progress: (Exercise) -> (status: String, hintsUsed: Int)) {
    lessons = catalog.lessons.map { lesson in
      LessonEntry(
        number: lesson.order == Int.max ? 0 : lesson.order, id: lesson.id, title: lesson.title,
        summary: lesson.metadata.summary, path: lesson.path,
        exercises: lesson.exercises.map {
          let (status, hintsUsed) = progress($0)
          return ExerciseEntry(id: $0.id, title: $0.title, status: status, hintsUsed: hintsUsed)
        })
    }
  }

  /// The listing as aligned text: `  1  neural-networks   Neural networks   (3 exercises)`,
  /// each exercise indented below its lesson with its status and hints used
  /// (`softmax  Row-wise softmax  [failed · 2 hints]`).
  public func text(width: Int) -> String {
    var lines: [String] = []
    let idWidth = lessons.map(\.id.count).max() ?? 0
    let exerciseIDWidth = lessons.flatMap(\.exercises).map(\.id.count).max() ?? 0
    for lesson in lessons {
      let number = String(lesson.number)
      let padding = String(repeating: " ", count: max(0, 3 - number.count))
      let id = lesson.id + String(repeating: " ", count: idWidth - lesson.id.count)
      let count = lesson.exercises.count
      let exercises = count == 0 ? "" : "  (\(count) exercise\(count == 1 ? "" : "s"))"
      lines.append(
        String("\(padding)\(number)  \(id)  \(lesson.title)\(exercises)".prefix(max(width, 20))))
      for exercise in lesson.exercises {
        let hints =
          exercise.hintsUsed == 0
          ? "" : " · \(exercise.hintsUsed) hint\(exercise.hintsUsed == 1 ? "" : "s")"
        let id = exercise.id + String(repeating: " ", count: exerciseIDWidth - exercise.id.count)
        let line = "       \(id)  \(exercise.title)  [\(exercise.status)\(hints)]"
        lines.append(String(line.prefix(max(width, 20))))
      }
    }
    if lessons.isEmpty { lines.append("The course has no lessons yet.") }
    return lines.joined(separator: "\n") + "\n"
  }
}
