import Course
import Foundation

/// Access to the test fixtures and snapshot files.
enum RenderingFixtures {
  /// The text of `Fixtures/NAME`.
  static func text(_ name: String) -> String {
    guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil),
      let data = try? Data(contentsOf: url)
    else {
      // A missing fixture must fail loudly: an empty text would let snapshot tests pass.
      preconditionFailure("The rendering fixture \(name) is not in the test bundle")
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// `Everything.md`, parsed.
  static let everything: Lesson = LessonParser.parse(text("Everything.md"), path: "Everything.md")
    .lesson

  /// The snapshot `name`, read from the source tree so a rewritten snapshot counts without a
  /// rebuild; the copy in the test bundle if the source tree is not there.
  static func snapshot(_ name: String) -> String {
    if let data = try? Data(contentsOf: sourceSnapshotURL(name)) {
      return String(decoding: data, as: UTF8.self)
    }
    return text("Snapshots/" + name)
  }

  /// The snapshot folder in the source tree (where `PRIMER_UPDATE_SNAPSHOTS=1` writes).
  static func sourceSnapshotURL(_ name: String, file: String = #filePath) -> URL {
    URL(fileURLWithPath: file).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/Snapshots/" + name)
  }
}
