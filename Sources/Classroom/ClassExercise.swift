import Base
import Course
import Grading
import LearnerState

/// An exercise as class grading needs it: the course's exercise, the lesson file `primer run`
/// names in its diagnostics, what an untouched file holds, and the checks it is counted on.
public struct ClassExercise: Sendable {
  public var entry: Syllabus.Entry
  /// `Lessons/01-neural-networks.md`, as `primer run` passes it to the grader.
  public var lessonFile: String
  /// The starter code with the lines that make no difference removed (see ``untouched(_:)``).
  var starter: String?
  /// The checks every submission is counted against; empty for an exercise the grader cannot
  /// grade (each submission then says why).
  var checkNames: [String]

  public var id: String { entry.exercise.id }

  /// The course's exercises in course order, or those `names` choose (ids or unique prefixes),
  /// in course order.
  ///
  /// - Throws: ``WorkspaceError/unknownExercise(name:suggestions:)`` or
  ///   ``WorkspaceError/ambiguousExercise(name:candidates:)``; ``WorkspaceError/noExercises(lessons:)``
  ///   for a course without exercises.
  public static func select(_ names: [String], from catalog: Catalog) throws(WorkspaceError)
    -> [ClassExercise]
  {
    let syllabus = Syllabus(catalog)
    guard !syllabus.entries.isEmpty else { throw .noExercises(lessons: catalog.directory) }
    var chosen = Set<String>()
    for name in names { chosen.insert(try syllabus.exercise(named: name).id) }
    let lessonFiles = Dictionary(
      catalog.lessons.map { ($0.id, "Lessons/" + FilePath.lastComponent($0.path)) },
      uniquingKeysWith: { first, _ in first })
    return syllabus.entries.filter { names.isEmpty || chosen.contains($0.exercise.id) }.map {
      entry in
      ClassExercise(
        entry: entry, lessonFile: lessonFiles[entry.exercise.lessonID] ?? "",
        starter: (try? Workspace.starterText(for: entry)).map(ClassExercise.significant),
        checkNames: (try? Grader.checkNames(of: entry.exercise)) ?? [])
    }
  }

  /// Whether `text` is the starter code as `primer start` wrote it, or as a repository
  /// template holds it: compared without the comment lines at its top (a header naming the
  /// lesson's number, which moves when lessons are added), without `\r` (a checkout on
  /// Windows) and without trailing white space.
  func untouched(_ text: String) -> Bool {
    starter != nil && ClassExercise.significant(text) == starter
  }

  static func significant(_ text: String) -> String {
    // Scalars: "\r\n" is one `Character`, which a split on "\n" would not cut.
    let unix = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\r" }))
    var lines = unix.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingFoundationWhitespace(newlines: false) }
    while let first = lines.first, first.isEmpty || first.hasPrefix("//") {
      lines.removeFirst()
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
