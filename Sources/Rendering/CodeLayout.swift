/// A code block as the terminal shows it: indented, with no frame or gutter that a mouse
/// selection would copy along with the code, and never wrapped: a line wider than the terminal
/// is cut, ending in `»`, and a note under the block says how wide it needs to be.
///
/// For a file or a pipe (`TerminalStyle.wholeCode`) the code is written as it is: no
/// indentation, nothing cut, and the label as a `//` comment above it, so what is printed
/// compiles and still says what the block is (`cell 2 · primer try 1:2`).
enum CodeLayout {
  /// The code's indentation on a terminal.
  static let indent = 2

  /// The block's lines: `label` (what the code is, where it goes) dimmed above it, wrapped,
  /// then `highlighted`, one array of spans per line of code.
  static func lines(
    _ highlighted: [[Span]], label: String?, width: Int, whole: Bool
  ) -> [StyledLine] {
    guard !whole else {
      let comment = label.flatMap { $0.isEmpty ? nil : [StyledLine([Span("// " + $0)])] } ?? []
      return comment + highlighted.map { StyledLine($0) }
    }
    var lines: [StyledLine] = []
    if let label, !label.isEmpty {
      lines += LineWrapper.wrap([.text(Span(label, .frame))], width: width)
    }
    let room = width - indent
    let pad = Span(safe: String(repeating: " ", count: indent), .plain, width: indent)
    var widest = 0
    for spans in highlighted {
      let lineWidth = spans.reduce(0) { $0 + $1.width }
      widest = max(widest, lineWidth)
      if lineWidth == 0 {
        lines.append(StyledLine(spans))
      } else if lineWidth <= room {
        lines.append(StyledLine([pad] + spans))
      } else {
        var cut = LineWrapper.hardWrap(spans, width: room - 1).first ?? StyledLine([])
        cut.append(Span(safe: "»", .frame, width: 1))
        lines.append(StyledLine([pad] + cut.spans))
      }
    }
    if widest > room {
      let needed = widest + indent
      let note =
        "» cut at \(width) columns: the code needs \(needed); widen the terminal, "
        + "or use primer read --width \(needed)."
      lines += LineWrapper.wrap([.text(Span(note, .frame))], width: width)
    }
    return lines
  }
}
