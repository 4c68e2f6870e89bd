import Course
import Rendering

/// `primer list` as text: each lesson with its count of exercises passed, each exercise under
/// it with its status first (so that no width cuts it), then its id and title, wrapped; a
/// total at the end.
///
/// ```text
///  1  neural-networks  Neural networks  (1 of 3 passed)
///     ✓ passed · 1 hint   neuron-output   One neuron's output
///     ● started           linear-layer    A linear layer, y = xW + b
/// ```
struct ListText {
  var style: TerminalStyle

  func render(_ listing: CourseListing) -> String {
    guard !listing.lessons.isEmpty else { return "The course has no lessons yet.\n" }
    let exercises = listing.lessons.flatMap(\.exercises)
    let statusWidth = exercises.map { DisplayWidth.of(status($0)) }.max() ?? 0
    let idWidth = exercises.map(\.id.count).max() ?? 0
    let numberWidth = listing.lessons.map { String($0.number).count }.max() ?? 1
    let indent = String(repeating: " ", count: numberWidth + 3)
    var lines: [String] = []
    for lesson in listing.lessons {
      let number = String(lesson.number)
      let passed = lesson.exercises.filter { $0.status == "passed" }.count
      let count =
        lesson.exercises.isEmpty ? "" : "  (\(passed) of \(lesson.exercises.count) passed)"
      let head = MessageWrapping.wrap(
        String(repeating: " ", count: numberWidth - number.count) + number + "  " + lesson.id
          + "  " + lesson.title + count, width: style.width, hanging: indent)
      lines += head.enumerated().map {
        $0.offset == 0 ? style.paint($0.element, .bold) : $0.element
      }
      for exercise in lesson.exercises {
        let text = status(exercise)
        let padded = text + String(repeating: " ", count: statusWidth - DisplayWidth.of(text))
        let id = exercise.id + String(repeating: " ", count: idWidth - exercise.id.count)
        // The id and title wrap under the id's column; the status is never cut.
        let wrapped = MessageWrapping.wrap(
          padded + "  " + id + "  " + exercise.title, width: style.width, indent: indent,
          hanging: indent + String(repeating: " ", count: statusWidth + 2))
        lines += wrapped.enumerated().map { index, line in
          index == 0 ? paintStatus(line, exercise, start: indent.count, length: text.count) : line
        }
      }
    }
    let passed = exercises.filter { $0.status == "passed" }.count
    lines.append("")
    lines.append(style.paint("\(passed) of \(exercises.count) exercises passed.", .bold))
    return lines.joined(separator: "\n") + "\n"
  }

  /// `✓ passed · 1 hint`.
  private func status(_ exercise: CourseListing.ExerciseEntry) -> String {
    let mark =
      switch exercise.status {
      case "passed": "✓"
      case "failed": "✗"
      case "started": "●"
      default: "·"
      }
    let hints =
      exercise.hintsUsed == 0
      ? "" : " · \(exercise.hintsUsed) hint\(exercise.hintsUsed == 1 ? "" : "s")"
    return "\(mark) \(exercise.status)\(hints)"
  }

  /// `line` with its status, `length` characters from `start`, in the status's colour.
  private func paintStatus(
    _ line: String, _ exercise: CourseListing.ExerciseEntry, start: Int, length: Int
  ) -> String {
    let ink: TerminalStyle.Ink =
      switch exercise.status {
      case "passed": .green
      case "failed": .red
      case "started": .yellow
      default: .dim
      }
    let characters = Array(line)
    guard characters.count >= start + length else { return line }
    return String(characters[..<start])
      + style.paint(String(characters[start..<(start + length)]), ink)
      + String(characters[(start + length)...])
  }
}
