import Rendering

/// Code as HTML: Swift coloured with the terminal highlighter's tokens, other languages plain.
///
/// Each token becomes `<span class="kw">`, `ty`, `st`, `nu`, `co` or `at` (plain text has no
/// span); the stylesheet gives the classes their colours for light and dark themes. Token
/// texts are escaped, so learner code can hold anything.
enum CodeHighlighting {
  /// `code` as the inside of a `<code>` element.
  static func html(_ code: String, language: String) -> String {
    guard language == "swift" else { return HTMLText.escape(code) }
    var output = ""
    output.reserveCapacity(code.utf8.count * 2)
    for token in SwiftHighlighter.tokens(code) {
      let text = HTMLText.escape(token.text)
      guard let name = className(token.kind) else {
        output += text
        continue
      }
      output += "<span class=\"" + name + "\">" + text + "</span>"
    }
    return output
  }

  /// A `<pre>` block holding `code`, with an optional label above it.
  static func block(_ code: String, language: String, label: String? = nil) -> String {
    var source = code
    if source.hasSuffix("\n") { source.removeLast() }
    var output = "<div class=\"code\">"
    if let label, !label.isEmpty {
      output += "<div class=\"code-label\">" + HTMLText.escape(label) + "</div>"
    }
    let languageClass =
      language.isEmpty ? "" : " class=\"language-" + HTMLText.escape(language) + "\""
    output +=
      "<pre><code" + languageClass + ">" + html(source, language: language)
      + "</code></pre></div>\n"
    return output
  }

  static func className(_ kind: SwiftHighlighter.Kind) -> String? {
    switch kind {
    case .keyword: "kw"
    case .type: "ty"
    case .string: "st"
    case .number: "nu"
    case .comment: "co"
    case .attribute: "at"
    case .plain: nil
    }
  }
}
