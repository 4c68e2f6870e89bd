import Course
import Pictures

extension TerminalVisitor {
  /// A notebook cell: its code, labelled with the command that runs a copy of it, then its
  /// output like an executed notebook's (each line behind a `│`): printed text, pictures,
  /// the error that stopped it, and notes (which function it used, what was cut).
  ///
  /// Without an output for the cell (none given to the renderer) only the code is shown.
  func visitCell(_ directive: Directive, number: Int?, width: Int) -> [StyledLine] {
    let command = number.map { "primer try \(Cell.reference(lesson: lesson, number: $0))" }
    let uses = directive.attribute("uses").map { " · uses \($0)" } ?? ""
    let label = "cell" + (number.map { " \($0)" } ?? "") + uses + (command.map { " · \($0)" } ?? "")
    var lines = visitCode(directive.body, language: "swift", width: width, label: label)
    guard let number, let output = cells[number] else { return lines }
    lines += visitCellOutput(output, width: width)
    return lines
  }

  func visitCellOutput(_ output: CellOutput, width: Int) -> [StyledLine] {
    let bar = [Span("│ ", .frame)]
    let inner = max(width - 2, Self.minimumContentWidth)
    var body: [StyledLine] = []
    for item in output.items {
      switch item {
      case .text(let text):
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
          body += LineWrapper.hardWrap([Span(String(line))], width: inner)
        }
      case .picture(let picture, let title):
        if !title.isEmpty { body += LineWrapper.wrap([.text(Span(title, .bold))], width: inner) }
        body += PictureDrawing.draw(picture, width: inner, color: style.color)
      case .badRecord(let problem):
        body += LineWrapper.wrap([.text(Span("cannot draw: " + problem, .dim))], width: inner)
      }
    }
    if let error = output.error {
      let tone = output.status == .ran ? TextStyle.dim : TextStyle(color: .red)
      for line in error.split(separator: "\n", omittingEmptySubsequences: false) {
        body += LineWrapper.hardWrap([Span(String(line), tone)], width: inner)
      }
    }
    for note in output.notes {
      body += LineWrapper.wrap([.text(Span(note, .dim))], width: inner)
    }
    if body.isEmpty { body = [StyledLine("(no output)", .dim)] }
    return body.map { $0.prefixed(by: bar) }
  }
}
