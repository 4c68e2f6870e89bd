import Course
import Foundation
import Testing

@testable import Rendering

/// Every lesson of the course at 40, 60, 80 and 120 columns: no line is wider than the
/// terminal, and no word, identifier or number is split across lines. Prose wraps between
/// words, display math breaks before an operator, and code and diagrams are clipped with `»`
/// rather than wrapped, so every token of the narrow rendering is a token of the same lesson
/// rendered with room to spare, or stands just before a `»` or `…` that says it was cut.
@Suite struct NarrowTerminalTests {
  static let cases: [(lesson: String, width: Int)] = CourseSnapshotTests.lessons.flatMap {
    lesson in [40, 60, 80, 120].map { (lesson, $0) }
  }

  /// Runs of letters, digits and `_`, except one cut short by a marker.
  static func tokens(_ text: String) -> Set<String> {
    var found: Set<String> = []
    for line in text.split(separator: "\n") {
      var current = ""
      for character in line + " " {
        if character.isLetter || character.isNumber || character == "_" {
          current.append(character)
          continue
        }
        if !current.isEmpty && character != "»" && character != "…" { found.insert(current) }
        current = ""
      }
    }
    return found
  }

  @Test(arguments: cases)
  func noTokenIsSplitAndNoLineIsTooWide(lesson: String, width: Int) throws {
    let narrow = try CourseSnapshotTests.render(lesson, width: width)
    let wide = try CourseSnapshotTests.render(lesson, width: 1000)
    let overlong = OutputChecks.overlongLines(narrow, width: width)
    #expect(overlong.isEmpty, "lines wider than \(width): \(overlong.map(\.line))")
    // Pictures are drawn to the width (other ticks, other samples): only words count there.
    // The words of what only a narrow rendering says: that code was cut, that a picture
    // shows a selection.
    let notes = Self.tokens(
      "» cut at columns: the code needs; widen the terminal, or use primer read --width; showing")
    let split = Self.tokens(narrow).subtracting(Self.tokens(wide)).subtracting(notes).filter {
      $0.contains(where: \.isLetter) && $0.count > 1
    }
    #expect(split.isEmpty, "tokens split at width \(width): \(split.sorted())")
  }
}
