import Base
import Course

/// The course's exercises in the order a learner meets them: lesson by lesson, and within a
/// lesson in the order they are declared.
///
/// Finding an exercise by name, the next one to solve and the lesson it belongs to are
/// questions every exercise command asks; they are answered here, once.
public struct Syllabus: Sendable {
  /// One exercise and the lesson that declares it.
  public struct Entry: Sendable, Equatable {
    public var exercise: Exercise
    /// The lesson's number in the course (its `order`), or `nil` if it has none.
    public var lessonNumber: Int?
    public var lessonTitle: String
  }

  public let entries: [Entry]
  /// Lessons left out because an exercise id in them is not `[a-z0-9][a-z0-9-]*`: ids become
  /// file names, so such a lesson is never started, reset or graded. One message per lesson.
  public let excluded: [String]

  public init(_ catalog: Catalog) {
    var excluded: [String] = []
    let usable = catalog.lessons.filter { lesson in
      let invalid = lesson.exercises.map(\.id).filter { !Exercise.isValidID($0) }
      guard let first = invalid.first else { return true }
      excluded.append(
        "Lesson `\(lesson.id)` is left out: its exercise id "
          + "`\(TerminalText.escape(first))` is not lower-case letters, digits and `-`. "
          + "`primer lint` shows where to fix it.")
      return false
    }
    self.excluded = excluded
    entries = usable.flatMap { lesson in
      lesson.exercises.map {
        Entry(
          exercise: $0, lessonNumber: lesson.order == Int.max ? nil : lesson.order,
          lessonTitle: lesson.title)
      }
    }
  }

  public var exercises: [Exercise] { entries.map(\.exercise) }

  /// The entry of the exercise called `id`, if there is one.
  public func entry(id: String) -> Entry? {
    entries.first { $0.exercise.id == id }
  }

  /// Finds an exercise by its id (`softmax`) or a unique prefix of it (`soft`).
  ///
  /// - Throws: ``WorkspaceError/unknownExercise(name:suggestions:)`` with the closest ids, or
  ///   ``WorkspaceError/ambiguousExercise(name:candidates:)``.
  public func exercise(named name: String) throws(WorkspaceError) -> Exercise {
    let key = name.lowercased().trimmingFoundationWhitespace(newlines: false)
    if let exact = entry(id: key) { return exact.exercise }
    let matches = key.isEmpty ? [] : exercises.filter { $0.id.hasPrefix(key) }
    if matches.count == 1 { return matches[0] }
    if matches.count > 1 { throw .ambiguousExercise(name: name, candidates: matches.map(\.id)) }
    // Only names that are close are suggested; `primer list` is the way to see them all.
    throw .unknownExercise(
      name: name, suggestions: Suggestions.closest(to: key, among: exercises.map(\.id)))
  }

  /// The first exercise, in course order, that `progress` does not record as passed.
  public func firstUnpassed(_ progress: Progress) -> Exercise? {
    exercises.first { progress.exercises[$0.id]?.passed != true }
  }

  /// The next exercise after `id` (wrapping round to the start) that is not passed, other than
  /// `id` itself; `nil` when every other exercise is passed.
  public func nextUnpassed(after id: String, _ progress: Progress) -> Exercise? {
    guard let index = exercises.firstIndex(where: { $0.id == id }) else {
      return firstUnpassed(progress)
    }
    let rotated = exercises[(index + 1)...] + exercises[..<index]
    return rotated.first { progress.exercises[$0.id]?.passed != true }
  }

  /// How many exercises `progress` records as passed.
  public func passedCount(_ progress: Progress) -> Int {
    exercises.filter { progress.exercises[$0.id]?.passed == true }.count
  }
}
