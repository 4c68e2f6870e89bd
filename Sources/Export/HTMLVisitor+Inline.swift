import Course

extension HTMLVisitor {
  /// Inline content as HTML: emphasis `<em>`, strong `<strong>`, code `<code>`, links `<a>`
  /// (unsafe schemes become plain text), images `<img>`, maths inline MathML, raw inline HTML
  /// as escaped code.
  func visitInlines(_ inlines: [Inline]) -> String {
    var output = ""
    for inline in inlines { visitInline(inline, into: &output) }
    return output
  }

  private func visitInline(_ inline: Inline, into output: inout String) {
    switch inline {
    case .text(let text):
      output += HTMLText.escape(text)
    case .emphasis(let children):
      output += "<em>" + visitInlines(children) + "</em>"
    case .strong(let children):
      output += "<strong>" + visitInlines(children) + "</strong>"
    case .code(let code):
      output += "<code>" + HTMLText.escape(code) + "</code>"
    case .link(let destination, let title, let content):
      guard let url = HTMLText.safeURL(destination) else {
        output += visitInlines(content)
        return
      }
      output += "<a href=\"" + HTMLText.escape(url) + "\""
      if !title.isEmpty { output += " title=\"" + HTMLText.escape(title) + "\"" }
      output += ">" + visitInlines(content) + "</a>"
    case .image(let source, let title, let alt):
      guard let url = HTMLText.safeURL(source) else {
        output += HTMLText.escape(alt.plainText)
        return
      }
      output +=
        "<img src=\"" + HTMLText.escape(url) + "\" alt=\""
        + HTMLText.escape(alt.plainText) + "\""
      if !title.isEmpty { output += " title=\"" + HTMLText.escape(title) + "\"" }
      output += ">"
    case .math(let tex, let display):
      output += MathMLRenderer.render(tex: tex, display: display)
    case .html(let html):
      output += "<code class=\"raw-html\">" + HTMLText.escape(html) + "</code>"
    case .softBreak:
      output += "\n"
    case .lineBreak:
      output += "<br>\n"
    }
  }
}
