/// The inline formulas of one lesson already rendered, by their TeX.
///
/// A lesson repeats many of its formulas (`$x_i$`, `$QK^\top$`, `$\sqrt{d_k}$`), and parsing
/// and writing one costs some twenty thousand instructions where a look-up costs a hash of a
/// short string. Names and numbers with one script skip the parser already
/// (`UnicodeMath.renderPlainFormula`) and are not kept. `span(for:style:)` is
/// `Span(UnicodeMath.render(tex: tex), style)`, its plain twin, which a test holds it equal to.
final class InlineFormulas {
  /// The span of each formula rendered so far, in the style of its first use.
  private var spans: [String: Span] = Dictionary(minimumCapacity: 64)

  /// The formula `tex` as a span in `style`.
  func span(for tex: String, style: TextStyle) -> Span {
    if let plain = UnicodeMath.renderPlainFormula(tex) { return Span(plain, style) }
    if let known = spans[tex] { return Span(safe: known.text, style, width: known.width) }
    let span = Span(UnicodeMath.renderByParsing(tex: tex), style)
    spans[tex] = span
    return span
  }
}
