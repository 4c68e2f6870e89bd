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
      for (gap, word) in words(paragraph.dropFirst(ownIndent.count)) {
        let wordWidth = DisplayWidth.of(word)
        if !empty && lineWidth + gap + wordWidth > width {
          lines.append(line)
          line = hanging + ownIndent
          lineWidth = DisplayWidth.of(line)
          empty = true
        }
        if !empty {
          // The spaces between words are kept on a line (aligned columns stay aligned).
          line += String(repeating: " ", count: gap)
          lineWidth += gap
        }
        line += word
        lineWidth += wordWidth
        empty = false
      }
      lines.append(empty ? String(line.reversed().drop { $0 == " " }.reversed()) : line)
    }
    return lines
  }

  /// The words of `text` and how many spaces precede each.
  private static func words(_ text: Substring) -> [(gap: Int, word: Substring)] {
    var result: [(gap: Int, word: Substring)] = []
    var rest = text
    while !rest.isEmpty {
      let gap = rest.prefix { $0 == " " }.count
      rest = rest.dropFirst(gap)
      let word = rest.prefix { $0 != " " }
      if !word.isEmpty { result.append((gap, word)) }
      rest = rest.dropFirst(word.count)
    }
    return result
  }
}
