import Course

extension HTMLVisitor {
  /// Inline content as HTML: emphasis `<em>`, strong `<strong>`, code `<code>`, links `<a>`
  /// (unsafe schemes become plain text), images `<img>`, maths inline MathML, raw inline HTML
  /// as escaped code.
  ///
  /// "lesson N" becomes a link to lesson N's page unless `linkingLessons` is false (inside a
  /// link or a heading, where a link would nest).
  func visitInlines(_ inlines: [Inline], linkingLessons: Bool = true) -> String {
    var output = ""
    for inline in inlines { visitInline(inline, linkingLessons: linkingLessons, into: &output) }
    return output
  }

  private func visitInline(_ inline: Inline, linkingLessons: Bool, into output: inout String) {
    switch inline {
    case .text(let text):
      output += linkingLessons ? references.html(text) : HTMLText.escape(text)
    case .emphasis(let children):
      output += "<em>" + visitInlines(children, linkingLessons: linkingLessons) + "</em>"
    case .strong(let children):
      output += "<strong>" + visitInlines(children, linkingLessons: linkingLessons) + "</strong>"
    case .code(let code):
      // A short span stays on one line (`-Double.infinity` is not split at its hyphen); a
      // longer one may break, so that it never makes the page wider than a phone.
      output +=
        (code.count <= 28 ? "<code class=\"short\">" : "<code>") + HTMLText.escape(code)
        + "</code>"
    case .link(let destination, let title, let content):
      guard let url = HTMLText.safeURL(destination) else {
        output += visitInlines(content, linkingLessons: linkingLessons)
        return
      }
      output += "<a href=\"" + HTMLText.escape(url) + "\""
      if !title.isEmpty { output += " title=\"" + HTMLText.escape(title) + "\"" }
      output += ">" + visitInlines(content, linkingLessons: false) + "</a>"
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
      // Maths scrolls in its own box on a narrow screen instead of being clipped.
      output +=
        "<span class=\"" + (display ? "math-display" : "math-inline") + "\">"
        + MathMLRenderer.render(tex: tex, display: display) + "</span>"
    case .html(let html):
      output += "<code class=\"raw-html\">" + HTMLText.escape(html) + "</code>"
    case .softBreak:
      output += "\n"
    case .lineBreak:
      output += "<br>\n"
    }
  }
}
