import Course

extension TerminalVisitor {
  /// Inline content as pieces for the line wrapper, every span styled on top of `base`.
  ///
  /// Emphasis is italic and strong text bold (plain without colour: the asterisks are never
  /// shown); code spans are coloured, or set in ‘quotes’ without colour; links show their text
  /// and then their URL in parentheses, as an OSC 8 hyperlink too when colour is on; images
  /// show `[image: alt]`; maths is Unicode, kept on one line.
  func visitInlines(_ inlines: [Inline], base: TextStyle) -> [LineWrapper.Piece] {
    var pieces: [LineWrapper.Piece] = []
    for inline in inlines { visitInline(inline, base: base, into: &pieces) }
    return pieces
  }

  private func visitInline(
    _ inline: Inline, base: TextStyle, into pieces: inout [LineWrapper.Piece]
  ) {
    switch inline {
    case .text(let text):
      pieces.append(.text(Span(text, base)))
    case .emphasis(let children):
      for child in children { visitInline(child, base: base + .italic, into: &pieces) }
    case .strong(let children):
      for child in children { visitInline(child, base: base + .bold, into: &pieces) }
    case .code(let code):
      if style.color {
        pieces.append(.text(Span(code, base + .code)))
      } else {
        pieces.append(.text(Span("‘" + code + "’", base)))
      }
    case .link(let destination, _, let content):
      var linkStyle = base + .linkText
      linkStyle.link = destination.isEmpty ? nil : Hyperlink(destination)
      for child in content { visitInline(child, base: linkStyle, into: &pieces) }
      let shown = content.plainText
      if !destination.isEmpty && shown != destination && "mailto:" + shown != destination {
        pieces.append(.text(Span(" (" + destination + ")", base + .dim)))
      }
    case .image(_, _, let alt):
      let text = alt.plainText
      pieces.append(.text(Span(text.isEmpty ? "[image]" : "[image: " + text + "]", base + .dim)))
    case .math(let tex, _):
      pieces.append(.unbreakable(Span(UnicodeMath.render(tex: tex), base + .math)))
    case .html(let html):
      pieces.append(.text(Span(html, base + .dim)))
    case .softBreak:
      pieces.append(.text(Span(safe: " ", base, width: 1)))
    case .lineBreak:
      pieces.append(.lineBreak)
    }
  }
}
