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
    /// `not started`, later `started`, `passed`: filled in by the grader once it exists.
    public var status: String
  }

  public var lessons: [LessonEntry]

  public init(_ catalog: Catalog) {
    lessons = catalog.lessons.map { lesson in
      LessonEntry(
        number: lesson.order == Int.max ? 0 : lesson.order, id: lesson.id, title: lesson.title,
        summary: lesson.metadata.summary, path: lesson.path,
        exercises: lesson.exercises.map {
          ExerciseEntry(id: $0.id, title: $0.title, status: "not started")
        })
    }
  }

  /// The listing as aligned text: `  1  neural-networks   Neural networks   (3 exercises)`,
  /// each exercise indented below its lesson.
  public func text(width: Int) -> String {
    var lines: [String] = []
    let idWidth = lessons.map(\.id.count).max() ?? 0
    for lesson in lessons {
      let number = String(lesson.number)
      let padding = String(repeating: " ", count: max(0, 3 - number.count))
      let id = lesson.id + String(repeating: " ", count: idWidth - lesson.id.count)
      let count = lesson.exercises.count
      let exercises = count == 0 ? "" : "  (\(count) exercise\(count == 1 ? "" : "s"))"
      lines.append(String("\(padding)\(number)  \(id)  \(lesson.title)\(exercises)".prefix(max(width, 20))))
      for exercise in lesson.exercises {
        lines.append(String("       \(exercise.id)  \(exercise.title)  [\(exercise.status)]".prefix(max(width, 20))))
      }
    }
    if lessons.isEmpty { lines.append("The course has no lessons yet.") }
    return lines.joined(separator: "\n") + "\n"
  }
}
