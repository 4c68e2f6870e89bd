/// A box drawn around lines, with an optional title in its top border:
///
/// ```text
/// ╭─ Exercise ───────╮
/// │ Row-wise softmax │
/// ╰──────────────────╯
/// ```
enum Frame {
  /// Columns the frame adds around its content: `│ ` and ` │`.
  static let horizontalPadding = 4

  /// `content` (laid out for `width - 4` columns) framed to exactly `width` columns.
  static func box(title: String?, content: [StyledLine], width: Int) -> [StyledLine] {
    let innerWidth = width - horizontalPadding
    // The frame's own pieces are safe and one column a character: made with their widths,
    // not escaped and measured.
    var top = StyledLine([Span(safe: "╭─", .frame, width: 2)])
    if let title, !title.isEmpty {
      let titleLine = LineWrapper.truncate(StyledLine(" " + title + " ", .bold), to: width - 4)
      top.append(contentsOf: titleLine)
    }
    let rule = max(0, width - 1 - top.width)
    top.append(Span(safe: String(repeating: "─", count: rule) + "╮", .frame, width: rule + 1))
    var lines = [top]
    let left = Span(safe: "│ ", .frame, width: 2)
    let right = Span(safe: " │", .frame, width: 2)
    lines.reserveCapacity(content.count + 2)
    for line in content {
      // `StyledLine.padded`, with the padding appended to the framed line rather than to a
      // copy of the content line.
      let shown = LineWrapper.truncate(line, to: innerWidth)
      var framed = StyledLine()
      framed.append(left)
      framed.append(contentsOf: shown)
      if shown.width < innerWidth {
        let padding = innerWidth - shown.width
        framed.append(Span(safe: String(repeating: " ", count: padding), .plain, width: padding))
      }
      framed.append(right)
      lines.append(framed)
    }
    lines.append(
      StyledLine([
        Span(safe: "╰" + String(repeating: "─", count: width - 2) + "╯", .frame, width: width)
      ]))
    return lines
  }
}
