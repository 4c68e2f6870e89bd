import Foundation
import Testing

/// The complete example lesson of `Docs/lesson-format.md` is a lesson that grades: copied into a
/// lesson folder of its own, `primer verify` passes it (solution passes, starter fails, the
/// mistake is named), so the guide never shows an exercise an author could not ship.
@Suite struct ExampleLessonTests {
  /// The body of the guide's ````markdown block under "A complete example lesson".
  static func exampleLesson() throws -> String {
    let guide = PrimerProcess.packageRoot.appendingPathComponent("Docs/lesson-format.md")
    let text = try String(contentsOf: guide, encoding: .utf8)
    let section = try #require(text.range(of: "## A complete example lesson"))
    let after = text[section.upperBound...]
    let open = try #require(after.range(of: "````markdown\n"))
    let close = try #require(after[open.upperBound...].range(of: "\n````"))
    return String(after[open.upperBound..<close.lowerBound]) + "\n"
  }

  @Test func theGuidesExampleLessonVerifies() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("primer-example-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.exampleLesson().write(
      to: folder.appendingPathComponent("90-example-relu.md"), atomically: true, encoding: .utf8)
    let lint = try PrimerProcess.run(["lint", "--lessons", folder.path])
    #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
    let result = try PrimerProcess.run(["verify", "--lessons", folder.path])
    #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    #expect(
      result.stdout.contains("mistake absolute-value: fails and is named"), "\(result.stdout)")
    #expect(result.stdout.contains("✓ solution: passes 3 checks"), "\(result.stdout)")
  }
}
