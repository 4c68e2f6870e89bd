/// A piece of running text inside a paragraph, heading, list item or table cell.
///
/// Inlines nest (emphasis inside a link inside strong text), so renderers walk them recursively.
/// Math is recognised by Primer, not by cmark: `$…$` is `.math(tex, display: false)` and a `$$…$$`
/// inside running text is `.math(tex, display: true)`.
///
/// Links and images, the largest cases, are `indirect`; the others are stored in place, so
/// a run of text or a formula is not a box of its own.
public enum Inline: Hashable, Sendable {
  case text(String)
  case emphasis([Inline])
  case strong([Inline])
  case code(String)
  indirect case link(destination: String, title: String, content: [Inline])
  indirect case image(source: String, title: String, alt: [Inline])
  case math(String, display: Bool)
  /// Raw inline HTML, kept as text: renderers decide how to show it safely.
  case html(String)
  case softBreak
  case lineBreak
}

extension Inline {
  /// The text a reader would see, without any markup (used for summaries, anchors and search).
  public var plainText: String {
    switch self {
    case .text(let text), .code(let text), .html(let text): text
    case .emphasis(let children), .strong(let children): children.plainText
    case .link(_, _, let content): content.plainText
    case .image(_, _, let alt): alt.plainText
    case .math(let tex, _): tex
    case .softBreak, .lineBreak: " "
    }
  }
}

extension Array where Element == Inline {
  /// The concatenated plain text of these inlines.
  ///
  /// Appended in a loop: `joined()` is a generic call that makes the runtime look up
  /// conformances (some 100,000 instructions the first time).
  public var plainText: String {
    var text = ""
    for inline in self { text += inline.plainText }
    return text
  }
}
