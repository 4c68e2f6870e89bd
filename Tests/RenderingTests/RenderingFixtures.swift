import Course
import Foundation

/// Access to the test fixtures and snapshot files.
enum RenderingFixtures {
  /// The text of `Fixtures/NAME`.
  static func text(_ name: String) -> String {
    guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil),
      let data = try? Data(contentsOf: url)
    else { return "" }
    return String(decoding: data, as: UTF8.self)
  }

  /// `Everything.md`, parsed.
  static let everything: Lesson = LessonParser.parse(text("Everything.md"), path: "Everything.md")
    .lesson

  /// The snapshot folder in the source tree (where `PRIMER_UPDATE_SNAPSHOTS=1` writes).
  static func sourceSnapshotURL(_ name: String, file: String = #filePath) -> URL {
    URL(fileURLWithPath: file).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/Snapshots/" + name)
  }
}
