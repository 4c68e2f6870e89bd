/// Messages wrapped at spaces to the terminal's width, for what commands print besides
/// lessons (a verdict, a hint's heading): a word is never split, and one wider than the line
/// stands alone on it, so a path or a command can still be copied whole.
public enum MessageWrapping {
  /// The lines of `text`, its own line breaks kept, each wrapped to `width` columns.
  ///
  /// - Parameters:
  ///   - indent: put before the first line of each of `text`'s lines.
  ///   - hanging: put before the lines a wrap makes; `indent` when `nil`.
  /// - Returns: lines without trailing spaces or line breaks.
  public static func wrap(
    _ text: String, width: Int, indent: String = "", hanging: String? = nil
  ) -> [String] {
    let hanging = hanging ?? indent
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      // The paragraph's own leading spaces (an aligned table, an indented listing) are kept
      // on every line it wraps to.
      let ownIndent = String(paragraph.prefix { $0 == " " })
      var line = indent + ownIndent
      var lineWidth = DisplayWidth.of(line)
      var empty = true
      for word in paragraph.dropFirst(ownIndent.count).split(separator: " ") {
        let wordWidth = DisplayWidth.of(word)
        if !empty && lineWidth + 1 + wordWidth > width {
          lines.append(line)
          line = hanging + ownIndent
          lineWidth = DisplayWidth.of(line)
          empty = true
        }
        if !empty {
          line += " "
          lineWidth += 1
        }
        line += word
        lineWidth += wordWidth
        empty = false
      }
      lines.append(empty ? String(line.reversed().drop { $0 == " " }.reversed()) : line)
    }
    return lines
  }
}
