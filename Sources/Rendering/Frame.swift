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
    var top = StyledLine([Span("╭─", .frame)])
    if let title, !title.isEmpty {
      let titleLine = LineWrapper.truncate(StyledLine(" " + title + " ", .bold), to: width - 4)
      top.append(contentsOf: titleLine)
    }
    top.append(Span(String(repeated: "─", count: max(0, width - 1 - top.width)) + "╮", .frame))
    var lines = [top]
    let left = Span("│ ", .frame)
    let right = Span(" │", .frame)
    for line in content {
      var framed = StyledLine([left])
      framed.append(contentsOf: LineWrapper.truncate(line, to: innerWidth).padded(to: innerWidth))
      framed.append(right)
      lines.append(framed)
    }
    lines.append(StyledLine("╰" + String(repeated: "─", count: width - 2) + "╯", .frame))
    return lines
  }
}
