import Course
import Foundation
import Testing

/// The course's own lessons, and the example lesson in the authors' guide, parse without a
/// single diagnostic: every lesson the course ships is what `primer lint Lessons` accepts.
@Suite struct LessonFilesTests {
  /// The package root, found from this file: `Tests/CourseTests/LessonFilesTests.swift`.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let lessonsFolder = packageRoot.appendingPathComponent("Lessons")

  /// The names of the `*.md` files in `Lessons/`, sorted.
  static let lessonFileNames: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: lessonsFolder.path)) ?? [])
    .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
    .sorted()

  static func parse(_ url: URL) throws -> LessonParser.Result {
    let data = try #require(
      FileManager.default.contents(atPath: url.path), "cannot read \(url.path)")
    return LessonParser.parse(fileAt: url.path, bytes: [UInt8](data))
  }

  @Test func lessonsFolderHasLessons() {
    #expect(!Self.lessonFileNames.isEmpty, "no *.md files in \(Self.lessonsFolder.path)")
  }

  @Test(arguments: lessonFileNames)
  func lessonParsesWithoutDiagnostics(fileName: String) throws {
    let result = try Self.parse(Self.lessonsFolder.appendingPathComponent(fileName))
    let report = result.diagnostics.map(\.description).joined(separator: "\n")
    #expect(result.diagnostics.isEmpty, "\(report)")
  }

  /// `NN-some-id.md` declares `id: some-id` and `order: NN`, so files sort in course order and
  /// the name tells which lesson is inside (see `Docs/lesson-format.md`, "Files").
  @Test(arguments: lessonFileNames)
  func fileNameMatchesFrontMatter(fileName: String) throws {
    let lesson = try Self.parse(Self.lessonsFolder.appendingPathComponent(fileName)).lesson
    let stem = String(fileName.dropLast(".md".count))
    let number = try #require(stem.split(separator: "-", maxSplits: 1).first.flatMap { Int($0) })
    let paddedNumber = number < 10 ? "0\(number)" : "\(number)"
    #expect(stem == "\(paddedNumber)-\(lesson.id)")
    #expect(lesson.order == number)
  }

  /// Cross-file checks: lesson ids, orders and exercise ids are unique in the course.
  @Test func courseLintsClean() throws {
    let diagnostics = try Linter.lint(paths: [Self.lessonsFolder.path])
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
  }

  /// An exercise whose comparisons meet logits near ±1000 says how it keeps exp finite, so a
  /// learner's overflow gets that exercise's fix (a row's maximum, a sigmoid's sign branch)
  /// rather than the general advice.
  @Test(arguments: lessonFileNames)
  func stabilityChecksStateTheirStabilityAdvice(fileName: String) throws {
    let lesson = try Self.parse(Self.lessonsFolder.appendingPathComponent(fileName)).lesson
    for exercise in lesson.exercises {
      guard let checks = exercise.checks?.body, checks.contains("extremes: .stability") else {
        continue
      }
      #expect(checks.contains("check.stabilityAdvice = "), "\(exercise.id) states no advice")
    }
  }

  /// The complete example lesson in the authors' guide is itself a valid lesson: it is the
  /// `````markdown` block that follows the heading `## A complete example lesson`.
  @Test func formatGuideExampleParsesCleanly() throws {
    let guide = Self.packageRoot.appendingPathComponent("Docs/lesson-format.md")
    let text = try String(contentsOf: guide, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let heading = try #require(lines.firstIndex(of: "## A complete example lesson"))
    let open = try #require(lines[heading...].firstIndex(of: "````markdown"))
    let close = try #require(lines[(open + 1)...].firstIndex(of: "````"))
    let example = lines[(open + 1)..<close].joined(separator: "\n")
    let result = LessonParser.parse(example, path: "example.md")
    let report = result.diagnostics.map(\.description).joined(separator: "\n")
    #expect(result.diagnostics.isEmpty, "\(report)")
    #expect(result.lesson.exercises.count == 1)
  }
}
