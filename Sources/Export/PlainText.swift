import Course
import Rendering

/// The text a reader sees in a run of inlines, for the search index and headings' labels:
/// maths as readable Unicode (`softmax(QKᵀ/√dₖ)V`), never TeX, so no `\operatorname` reaches
/// a search result.
enum PlainText {
  static func of(_ inlines: [Inline]) -> String {
    var text = ""
    for inline in inlines { append(inline, to: &text) }
    return text
  }

  private static func append(_ inline: Inline, to text: inout String) {
    switch inline {
    case .text(let string), .code(let string), .html(let string): text += string
    case .emphasis(let children), .strong(let children), .link(_, _, let children),
      .image(_, _, let children):
      for child in children { append(child, to: &text) }
    case .math(let tex, _): text += UnicodeMath.render(tex: tex)
    case .softBreak, .lineBreak: text += " "
    }
  }
}
