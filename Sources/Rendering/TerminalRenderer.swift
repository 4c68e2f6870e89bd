import Course
import Pictures

/// Renders a lesson as terminal text: wrapped to the terminal's width, styled with ANSI escape
/// codes when colour is on, maths as Unicode, Swift code highlighted.
///
/// A visitor over the lesson model, like swift-markdown's formatters: one `visit…` method per
/// kind of block or inline, each returning lines laid out for the width it is given. Containers
/// (lists, quotes, frames) lay out their children narrower and put their markers in front.
/// Lines are kept as styled spans until the end, so every width is measured once and escape
/// sequences are written only around finished lines.
///
/// Guarantees, for any lesson: no output line is wider than `style.width` columns (for widths
/// of at least `TerminalStyle.minimumWidth`); the only escape sequences are the renderer's own,
/// and there are none when `style.color` is false; Markdown syntax is never shown.
public enum TerminalRenderer {
  /// The lesson as terminal text, ending with a newline.
  ///
  /// - Parameter cells: the outputs of the lesson's notebook cells by number (from 1), shown
  ///   under their code; a cell without one shows its code alone.
  public static func render(
    _ lesson: Lesson, style: TerminalStyle, cells: [Int: CellOutput] = [:]
  ) -> String {
    let lines = TerminalVisitor(lesson: lesson, style: style, cells: cells).visitLesson()
    return write(lines, color: style.color)
  }

  /// A cell's output alone, as `primer try` prints it: each line behind a `│`.
  public static func render(_ output: CellOutput, style: TerminalStyle) -> String {
    let lesson = Lesson(
      metadata: Metadata(id: "", title: "", order: 0, summary: ""), blocks: [], path: "")
    let lines = TerminalVisitor(lesson: lesson, style: style).visitCellOutput(
      output, width: style.layoutWidth)
    return write(lines, color: style.color)
  }

  /// Joins `lines` into text, each line ending with a newline.
  static func write(_ lines: [StyledLine], color: Bool) -> String {
    var output = ""
    for line in lines {
      line.write(to: &output, color: color)
      output += "\n"
    }
    return output
  }
}
