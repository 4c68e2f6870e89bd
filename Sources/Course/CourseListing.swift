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
}
