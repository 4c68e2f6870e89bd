import Course
import Foundation
import Testing

@testable import Rendering

/// Every lesson of the course, rendered at 60, 80 and 120 columns, against snapshots in
/// `Fixtures/Snapshots/Course/`, and checked for artefacts: no line wider than the terminal, no
/// Markdown or TeX syntax, no picture that could not be drawn.
///
/// After editing a lesson, rewrite its snapshots and read the diff in git:
///
///     PRIMER_UPDATE_SNAPSHOTS=1 swift test --filter CourseSnapshotTests
@Suite struct CourseSnapshotTests {
  static let lessonsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Lessons")

  static let lessons: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: lessonsFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted()
  }()

  static let cases: [(lesson: String, width: Int)] = lessons.flatMap { lesson in
    [60, 80, 120].map { (lesson, $0) }
  }

  static func render(_ file: String, width: Int) throws -> String {
    let path = lessonsFolder.appendingPathComponent(file).path
    let lesson = LessonParser.parse(try String(contentsOfFile: path, encoding: .utf8), path: path).lesson
    return TerminalRenderer.render(lesson, style: TerminalStyle(width: width, color: false))
  }

  @Test func theCourseHasItsLessons() {
    #expect(Self.lessons.count >= 8)
  }

  @Test(arguments: cases)
  func lessonMatchesItsSnapshot(lesson: String, width: Int) throws {
    let output = try Self.render(lesson, width: width)
    let name = "Course/" + lesson.replacingOccurrences(of: ".md", with: "") + "-\(width).txt"
    if ProcessInfo.processInfo.environment["PRIMER_UPDATE_SNAPSHOTS"] == "1" {
      try output.write(to: RenderingFixtures.sourceSnapshotURL(name), atomically: true, encoding: .utf8)
      return
    }
    let expected = RenderingFixtures.snapshot(name)
    #expect(
      output == expected,
      "\(name) differs from the snapshot (set PRIMER_UPDATE_SNAPSHOTS=1 to rewrite it):\n\(SnapshotTests.diff(expected: expected, actual: output))"
    )
  }

  @Test(arguments: cases)
  func lessonRendersWithoutArtefacts(lesson: String, width: Int) throws {
    let output = try Self.render(lesson, width: width)
    let overlong = OutputChecks.overlongLines(output, width: width)
    #expect(overlong.isEmpty, "lines wider than \(width): \(overlong.map(\.number))")
    for syntax in ["**", "```", "$$", "~~~", "\\frac", "\\sqrt", "\\left", "cannot draw"] {
      #expect(!output.contains(syntax), "`\(syntax)` appears in \(lesson) at width \(width)")
    }
    #expect(!OutputChecks.containsControlCharacters(output, allowEscape: false))
  }
}
