import Base
import Course

/// Renders a formula as MathML Core, the subset of MathML that Chromium and Firefox both draw
/// without any script or web font.
///
/// A visitor over `MathNode`: each case becomes one element (`mi`, `mn`, `mo`, `mtext`,
/// `mrow`, `mfrac`, `msqrt`/`mroot`, `msub`/`msup`/`msubsup`, `munder`/`mover`/`munderover`,
/// `mtable`, `mspace`). Letter styles (`\mathbf`, `\mathbb`, `\mathcal`, …) are written as the
/// Unicode mathematical alphanumeric characters, because MathML Core keeps only
/// `mathvariant="normal"`; upright text uses exactly that. Every string is escaped.
public enum MathMLRenderer {
  /// The `<math>` element for `tex`: `display="block"` for a formula standing on its own.
  /// The TeX source is kept in `alttext` for screen readers and copying.
  public static func render(tex: String, display: Bool) -> String {
    let node = TeXParser.parse(tex).node
    var output = display ? "<math display=\"block\"" : "<math"
    output +=
      " alttext=\"" + HTMLText.escape(tex.trimmingFoundationWhitespace()) + "\">"
    output += render(node)
    output += "</math>"
    return output
  }

  /// One node as a single MathML element.
  static func render(_ node: MathNode) -> String {
    render(node, variant: nil)
  }

  private static func render(_ node: MathNode, variant: MathNode.Variant?) -> String {
    switch node {
    case .identifier(let name):
      if variant == .upright { return element("mi", name, attributes: " mathvariant=\"normal\"") }
      return element("mi", styled(name, variant))
    case .number(let digits):
      return element("mn", styled(digits, variant))
    case .operator(let symbol):
      return op(symbol, prefix: false)
    case .function(let name):
      // A one-letter `mi` would be italic; a function name is always upright.
      return element("mi", name, attributes: name.count == 1 ? " mathvariant=\"normal\"" : "")
    case .text(let text):
      return element("mtext", text)
    case .row(let children):
      var output = "<mrow>"
      for (index, child) in children.enumerated() {
        if case .operator(let symbol) = child, signs.contains(symbol),
          index == 0 || opensOperand(children[index - 1])
        {
          output += op(symbol, prefix: true)
        } else {
          output += render(child, variant: variant)
        }
      }
      return output + "</mrow>"
    case .fraction(let numerator, let denominator):
      return "<mfrac>" + render(numerator, variant: variant) + render(denominator, variant: variant)
        + "</mfrac>"
    case .root(let radicand, nil):
      return "<msqrt>" + render(radicand, variant: variant) + "</msqrt>"
    case .root(let radicand, let index?):
      return "<mroot>" + render(radicand, variant: variant) + render(index, variant: variant)
        + "</mroot>"
    case .scripts(let base, let lowerScript, var upperScript):
      var b = render(base, variant: variant)
      // A prime is already a raised glyph (`f′`): written beside its base, not raised again.
      if let (primes, rest) = splitPrimes(upperScript) {
        b =
          "<mrow>" + b + element("mo", primes, attributes: " lspace=\"0\" rspace=\"0\"")
          + "</mrow>"
        upperScript = rest
      }
      switch (lowerScript, upperScript) {
      case (let sub?, let sup?):
        return "<msubsup>" + b + render(sub, variant: variant) + render(sup, variant: variant)
          + "</msubsup>"
      case (let sub?, nil): return "<msub>" + b + render(sub, variant: variant) + "</msub>"
      case (nil, let sup?): return "<msup>" + b + render(sup, variant: variant) + "</msup>"
      case (nil, nil): return b
      }
    case .largeOperator(let symbol, let lower, let upper):
      // `movablelimits` (from the operator dictionary) puts the limits beside the symbol in
      // inline formulas and under and over it in display ones, as TeX does.
      // The model writes `\sum` as the letter Σ (U+03A3); MathML's operator dictionary makes
      // only N-ary summation (U+2211) large with movable limits.
      let op = element("mo", symbol == "Σ" ? "∑" : symbol)
      switch (lower, upper) {
      case (let low?, let high?):
        return "<munderover>" + op + render(low, variant: variant) + render(high, variant: variant)
          + "</munderover>"
      case (let low?, nil): return "<munder>" + op + render(low, variant: variant) + "</munder>"
      case (nil, let high?): return "<mover>" + op + render(high, variant: variant) + "</mover>"
      case (nil, nil): return op
      }
    case .fenced(let open, let body, let close):
      return "<mrow>" + fence(open) + render(body, variant: variant) + fence(close) + "</mrow>"
    case .accent(let base, let accent):
      let mark = element("mo", accentCharacter(accent), attributes: stretchyAccent(accent))
      return "<mover accent=\"true\">" + render(base, variant: variant) + mark + "</mover>"
    case .styled(let body, let style):
      return render(body, variant: style)
    case .table(let rows, let environment):
      return table(rows, environment: environment, variant: variant)
    case .space(let ems):
      return "<mspace width=\"" + CFormat.string("%.4g", ems) + "em\"></mspace>"
    case .unknown(let name):
      return "<merror><mtext>\\" + HTMLText.escape(name) + "</mtext></merror>"
    }
  }

  /// An operator. A bracket written without \left/\right keeps its size, as in TeX; MathML
  /// would otherwise stretch it to the tallest thing in its row (a fraction further along).
  /// A sign that starts an operand (`−z`, `(−2)`, `= −1`) is a prefix operator with no space
  /// after it, where MathML would space it as the binary minus; `/` is tight, as in TeX.
  private static func op(_ symbol: String, prefix: Bool) -> String {
    var attributes = ""
    if prefix {
      attributes = " form=\"prefix\" lspace=\"0\" rspace=\"0\""
    } else if symbol == "/" {
      attributes = " lspace=\"0\" rspace=\"0\""
    }
    if stretchyByDefault.contains(symbol) { attributes += " stretchy=\"false\"" }
    return element("mo", symbol, attributes: attributes)
  }

  /// Signs that are prefix operators when they start an operand.
  private static let signs: Set<String> = ["−", "+", "±", "∓"]

  /// Whether an operand starts after `node`: it is a relation, a binary operator, an opening
  /// bracket or punctuation (not a closing bracket, a bar or a prime, which end one).
  private static func opensOperand(_ node: MathNode) -> Bool {
    guard case .operator(let symbol) = node else { return false }
    return !closers.contains(symbol) && !symbol.allSatisfy { $0 == "′" }
  }

  private static let closers: Set<String> = [")", "]", "}", "|", "‖", "⟩", "⌋", "⌉", "!"]

  /// The primes at the start of a superscript (`f'` is `f` with the superscript `′`, `f'^2`
  /// has `′` then `2`), and what is left of it.
  private static func splitPrimes(_ script: MathNode?) -> (String, MathNode?)? {
    func isPrimes(_ node: MathNode) -> String? {
      guard case .operator(let symbol) = node, !symbol.isEmpty,
        symbol.allSatisfy({ $0 == "′" || $0 == "″" || $0 == "‴" })
      else { return nil }
      return symbol
    }
    switch script {
    case let node? where isPrimes(node) != nil:
      return (isPrimes(node)!, nil)
    case .row(let children)? where !children.isEmpty && isPrimes(children[0]) != nil:
      let rest = Array(children.dropFirst())
      return (isPrimes(children[0])!, rest.count == 1 ? rest[0] : .row(rest))
    default:
      return nil
    }
  }

  /// Delimiters MathML's operator dictionary makes stretchy.
  private static let stretchyByDefault: Set<String> = [
    "(", ")", "[", "]", "{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉", "/",
  ]

  private static func element(_ name: String, _ content: String, attributes: String = "") -> String
  {
    "<" + name + attributes + ">" + HTMLText.escape(content) + "</" + name + ">"
  }

  /// A stretchy delimiter, or nothing for an invisible one (`\left.`).
  private static func fence(_ symbol: String) -> String {
    symbol.isEmpty ? "" : element("mo", symbol, attributes: " fence=\"true\" stretchy=\"true\"")
  }

  private static func table(
    _ rows: [[MathNode]], environment: MathNode.Environment, variant: MathNode.Variant?
  ) -> String {
    var attributes = ""
    if environment.isAlignment {
      attributes = " columnalign=\"right left\" displaystyle=\"true\""
    } else if environment == .cases {
      attributes = " columnalign=\"left left\""
    }
    var output = "<mtable" + attributes + ">"
    for row in rows {
      output += "<mtr>"
      for cell in row { output += "<mtd>" + render(cell, variant: variant) + "</mtd>" }
      output += "</mtr>"
    }
    output += "</mtable>"
    let (open, close) = environment.delimiters
    guard !open.isEmpty || !close.isEmpty else { return output }
    return "<mrow>" + fence(open) + output + fence(close) + "</mrow>"
  }

  private static func accentCharacter(_ accent: MathNode.Accent) -> String {
    switch accent {
    case .hat: "^"
    case .bar: "\u{AF}"
    case .tilde: "~"
    case .dot: "\u{2D9}"
    case .ddot: "\u{A8}"
    case .vec: "\u{2192}"
    case .overline: "\u{203E}"
    case .check: "\u{2C7}"
    case .breve: "\u{2D8}"
    case .acute: "\u{B4}"
    case .grave: "`"
    }
  }

  private static func stretchyAccent(_ accent: MathNode.Accent) -> String {
    accent == .overline ? " stretchy=\"true\"" : " stretchy=\"false\""
  }

  // MARK: Letter styles

  /// `text` with its Latin letters and digits replaced by the mathematical alphanumeric
  /// characters of `variant` (`x` → `𝐱` bold, `R` → `ℝ` double-struck); other characters and
  /// the `nil`, upright and italic variants leave it as it is.
  static func styled(_ text: String, _ variant: MathNode.Variant?) -> String {
    guard let variant, let table = alphabets[variant] else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if let exception = table.exceptions[scalar] {
        result.unicodeScalars.append(exception)
      } else if let offset = offset(
        of: scalar, upper: table.upper, lower: table.lower, digits: table.digits),
        let mapped = Unicode.Scalar(offset)
      {
        result.unicodeScalars.append(mapped)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func offset(
    of scalar: Unicode.Scalar, upper: UInt32?, lower: UInt32?, digits: UInt32?
  )
    -> UInt32?
  {
    switch scalar.value {
    case 0x41...0x5A: upper.map { $0 + scalar.value - 0x41 }
    case 0x61...0x7A: lower.map { $0 + scalar.value - 0x61 }
    case 0x30...0x39: digits.map { $0 + scalar.value - 0x30 }
    default: nil
    }
  }

  private struct Alphabet {
    var upper: UInt32?
    var lower: UInt32?
    var digits: UInt32?
    /// Letters Unicode encoded before the mathematical block (`ℝ`, `ℒ`), which the block
    /// leaves as holes.
    var exceptions: [Unicode.Scalar: Unicode.Scalar] = [:]
  }

  private static let alphabets: [MathNode.Variant: Alphabet] = [
    .bold: Alphabet(upper: 0x1D400, lower: 0x1D41A, digits: 0x1D7CE),
    .doubleStruck: Alphabet(
      upper: 0x1D538, lower: 0x1D552, digits: 0x1D7D8,
      exceptions: [
        "C": "\u{2102}", "H": "\u{210D}", "N": "\u{2115}", "P": "\u{2119}", "Q": "\u{211A}",
        "R": "\u{211D}", "Z": "\u{2124}",
      ]),
    .calligraphic: Alphabet(
      upper: 0x1D49C, lower: 0x1D4B6, digits: nil,
      exceptions: [
        "B": "\u{212C}", "E": "\u{2130}", "F": "\u{2131}", "H": "\u{210B}", "I": "\u{2110}",
        "L": "\u{2112}", "M": "\u{2133}", "R": "\u{211B}", "e": "\u{212F}", "g": "\u{210A}",
        "o": "\u{2134}",
      ]),
    .sansSerif: Alphabet(upper: 0x1D5A0, lower: 0x1D5BA, digits: 0x1D7E2),
    .monospace: Alphabet(upper: 0x1D670, lower: 0x1D68A, digits: 0x1D7F6),
  ]
}
