import Course
import Pictures

extension TerminalVisitor {
  /// A `plot` block: a box with the plot's title, the picture computed from the reference
  /// library and drawn for the terminal, and the caption.
  ///
  /// A block whose spec has problems shows `cannot draw:` and the first problem instead of
  /// the picture (`primer lint` lists them all); it never stops the lesson from rendering.
  func visitPlot(_ directive: Directive, width: Int) -> [StyledLine] {
    let title = directive.field("title") ?? directive.argument ?? "untitled"
    guard width >= Frame.horizontalPadding + Self.minimumContentWidth else {
      return visitParagraph([.text("Plot: " + title)], width: width)
    }
    let inner = width - Frame.horizontalPadding
    var content = LineWrapper.wrap([.text(Span(title, .bold))], width: inner)
    switch PictureSpec.parse(directive) {
    case .failure(let failure):
      let reason = failure.errors[0].description
      content += LineWrapper.wrap([.text(Span("cannot draw: " + reason, .dim))], width: inner)
    case .success(let spec):
      content.append(.empty)
      content += PictureDrawing.draw(Picture.make(from: spec), width: inner, color: style.color)
      if let caption = spec.caption {
        content.append(.empty)
        content += LineWrapper.wrap([.text(Span(caption, .italic))], width: inner)
      }
    }
    return Frame.box(title: "Plot", content: content, width: width)
  }
}
