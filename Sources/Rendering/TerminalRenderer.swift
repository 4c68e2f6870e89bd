import Course

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
  public static func render(_ lesson: Lesson, style: TerminalStyle) -> String {
    let visitor = TerminalVisitor(lesson: lesson, style: style)
    return write(visitor.visitLesson(), color: style.color)
  }

  /// `render`'s text as UTF-8 bytes, for writing straight to a file or terminal: made without
  /// the validation a `String` built from bytes goes through (the spans are valid already),
  /// which costs as much as a tenth of reading a lesson. A test holds it to `render`.
  public static func renderUTF8(_ lesson: Lesson, style: TerminalStyle) -> [UInt8] {
    let lines = TerminalVisitor(lesson: lesson, style: style).visitLesson()
    return style.color ? Array(writeByAppending(lines, color: true).utf8) : plainUTF8(lines)
  }

  /// The bytes of `writePlainText(lines)`, each span's copied in turn.
  static func plainUTF8(_ lines: [StyledLine]) -> [UInt8] {
    var count = 0
    for line in lines {
      for span in line.spans { count += span.text.utf8.count }
      count += 1
    }
    // Written into the array's uninitialized storage: appending each span's bytes costs a
    // capacity check and a generic copy per span.
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, written in
      var offset = 0
      for line in lines {
        for span in line.spans {
          let copied = span.text.utf8.withContiguousStorageIfAvailable { text in
            UnsafeMutableRawBufferPointer(
              UnsafeMutableBufferPointer(rebasing: buffer[offset..<(offset + text.count)])
            ).copyMemory(from: UnsafeRawBufferPointer(text))
            return text.count
          }
          if let copied {
            offset += copied
          } else {
            // A string without contiguous UTF-8 (never made here): byte by byte.
            for byte in span.text.utf8 {
              buffer[offset] = byte
              offset += 1
            }
          }
        }
        buffer[offset] = UInt8(ascii: "\n")
        offset += 1
      }
      written = offset
    }
  }

  /// Joins `lines` into text, each line ending with a newline.
  static func write(_ lines: [StyledLine], color: Bool) -> String {
    color ? writeByAppending(lines, color: true) : writePlainText(lines)
  }

  /// `write` without colour: `plainUTF8`'s bytes as a string, the fast twin of
  /// `writeByAppending`, which a test holds it equal to. Appending the two thousand spans of a
  /// lesson one by one costs some 350 instructions each.
  static func writePlainText(_ lines: [StyledLine]) -> String {
    String(decoding: plainUTF8(lines), as: UTF8.self)
  }

  /// `write`, appending each span to the output in turn: the plain definition.
  static func writeByAppending(_ lines: [StyledLine], color: Bool) -> String {
    var output = ""
    output.reserveCapacity(lines.reduce(0) { $0 + $1.width + 1 } * (color ? 2 : 1))
    for line in lines {
      line.write(to: &output, color: color)
      output += "\n"
    }
    return output
  }
}
