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
  ///
  /// With `numbered`, a gutter of line numbers goes beside the code (to match a compiler's
  /// `file:line`), in an element of its own, so copying the code never copies the numbers.
  static func block(_ code: String, language: String, label: String? = nil, numbered: Bool = false)
    -> String
  {
    var source = code
    if source.hasSuffix("\n") { source.removeLast() }
    var output = "<div class=\"code\">"
    if let label, !label.isEmpty {
      output += "<div class=\"code-label\">" + HTMLText.escape(label) + "</div>"
    }
    let languageClass =
      language.isEmpty ? "" : " class=\"language-" + HTMLText.escape(language) + "\""
    let body =
      "<pre><code" + languageClass + ">" + html(source, language: language) + "</code></pre>"
    guard numbered else { return output + body + "</div>\n" }
    let lines = source.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    var gutter = ""
    for line in 1...lines { gutter += line == 1 ? "1" : "\n\(line)" }
    return output + "<div class=\"numbered\"><pre class=\"gutter\" aria-hidden=\"true\">" + gutter
      + "</pre>" + body + "</div></div>\n"
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
