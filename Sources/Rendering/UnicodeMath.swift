import Base
import Course

/// Writes a formula as one line of Unicode text: `\mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d_k}}\right)V`
/// becomes `softmax(QKᵀ/√dₖ)V`.
///
/// A terminal has no two-dimensional layout, so the renderer follows the conventions of
/// writing maths in plain text (as in Unicode Technical Note #28, "UnicodeMath"): fractions
/// inline as `a/b`, parenthesised where precedence needs it; sub- and superscripts in Unicode's
/// script characters when every character has one (`xᵢ`, `x²`, `Σᵢ₌₁ⁿ`), else as `x_(…)` and
/// `x^(…)`; accents as combining marks (`ŷ`); `\mathbb{R}` as `ℝ`; matrices as `[a, b; c, d]`.
/// Binary operators and relations are spaced (`a + b = c`), scripts are not (`xᵢ₊₁`).
public enum UnicodeMath {
  /// `tex` as one line of Unicode.
  public static func render(tex: String) -> String {
    render(TeXParser.parse(tex).node)
  }

  /// `node` as one line of Unicode.
  public static func render(_ node: MathNode) -> String {
    finish(UnicodeMathWriter(compact: false).write(node))
  }

  /// `tex` laid out for display: one line per row of an aligned environment, matrices drawn
  /// over several lines with tall brackets (`MatrixLayout`), else one line.
  public static func renderLines(tex: String) -> [String] {
    let node = TeXParser.parse(tex).node
    guard case .table(let rows, let environment) = node, environment.isAlignment else {
      return MatrixLayout.lines(node) ?? [render(node)]
    }
    let writer = UnicodeMathWriter(compact: false)
    if rows.allSatisfy({ $0.count <= 1 }) {
      // Nothing to align (`gathered`, or lines broken by `\\`): centre each line.
      let lines = rows.map { finish($0.map { writer.write($0) }.joined()) }
      let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
      return lines.map { String(repeating: " ", count: (widest - DisplayWidth.of($0)) / 2) + $0 }
    }
    // Right-align the first column so the `&` points (usually `=`) line up.
    let firsts = rows.map { finish($0.first.map { writer.write($0) } ?? "") }
    let widest = firsts.map { DisplayWidth.of($0) }.max() ?? 0
    return zip(rows, firsts).map { cells, first in
      let rest = finish(
        cells.dropFirst().map { writer.write($0) }.joined(separator: " "))
      let padding = String(repeating: " ", count: widest - DisplayWidth.of(first))
      let line = padding + first + (first.isEmpty || rest.isEmpty ? "" : " ") + rest
      return line.withoutTrailingSpaces
    }
  }

  /// Collapses the spaces spacing rules doubled and turns hard spaces into spaces.
  static func finish(_ text: String) -> String {
    var result = ""
    var previousWasSpace = true
    for character in text {
      if character == " " {
        if !previousWasSpace { result.append(" ") }
        previousWasSpace = true
      } else {
        result.append(character == UnicodeMathWriter.hardSpace ? " " : character)
        previousWasSpace = false
      }
    }
    while result.last == " " { result.removeLast() }
    return result
  }
}

/// How an element of a row is spaced.
enum MathClass {
  case ordinary, binary, relation, punctuation, open, close, function, largeOperator, fraction

  static func of(_ node: MathNode) -> MathClass {
    switch node {
    case .operator(let symbol): return operators[symbol] ?? .ordinary
    case .function, .unknown: return .function
    case .largeOperator: return .largeOperator
    case .scripts(let base, _, _):
      switch of(base) {
      case .function: return .function
      case .close: return .close
      default: return .ordinary
      }
    case .fenced: return .close
    case .fraction: return .fraction
    default: return .ordinary
    }
  }

  static let binaries = [
    "+", "−", "±", "∓", "×", "·", "⊙", "⊗", "⊕", "⊖", "∘", "∖", "∪", "∩", "∧", "∨", "÷", "∗",
    "∙", "⊘", "⊔", "⊓", "⊎",
  ]
  static let relations = [
    "=", "≠", "<", ">", "≤", "≥", "≈", "∼", "≃", "≅", "≡", "∝", "∈", "∉", "∋", "⊂", "⊆", "⊃",
    "⊇", "→", "←", "⇒", "⇐", "⇔", "↔", "↦", "⟶", "⟵", "⟼", "≔", "≜", "≪", "≫", "|", "∤", "⊥",
    "∥", "⊢", "⊨", "≮", "≯", "≰", "≱", "⊄", "≁", "≢", "↑", "↓", "↪",
  ]
  static let punctuationMarks = [",", ";", ":"]
  static let opens = ["(", "[", "{", "⟨", "⌊", "⌈"]
  static let closes = [")", "]", "}", "⟩", "⌋", "⌉", "!"]

  /// The class of each operator symbol that is not `.ordinary`, from the lists above.
  static let operators: [String: MathClass] = {
    var classes: [String: MathClass] = [:]
    // A symbol keeps the class of the first list holding it, in this order.
    func add(_ symbols: [String], _ kind: MathClass) {
      for symbol in symbols where classes[symbol] == nil { classes[symbol] = kind }
    }
    add(binaries, .binary)
    add(relations, .relation)
    add(punctuationMarks, .punctuation)
    add(opens, .open)
    add(closes, .close)
    return classes
  }()
}

struct UnicodeMathWriter {
  /// A space the final collapsing keeps (from `\quad` and friends).
  static let hardSpace: Character = "\u{E010}"

  /// Inside scripts and limits: no spaces around operators.
  let compact: Bool

  func write(_ node: MathNode) -> String {
    switch node {
    case .identifier(let name), .number(let name), .operator(let name): name
    case .function(let name), .unknown(let name): name
    case .text(let text): compact ? text : text.replacingSpaces(with: Self.hardSpace)
    case .row(let nodes): row(nodes)
    case .fraction(let numerator, let denominator):
      operand(numerator) + "/" + operand(denominator)
    case .root(let radicand, let index): root(radicand, index: index)
    case .scripts(let base, let lower, let upper):
      scripted(
        base: write(base).wrappedIf(needsParenthesesAsBase(base)), lower: lower, upper: upper)
    case .largeOperator(let symbol, let lower, let upper):
      scripted(base: symbol, lower: lower, upper: upper)
    case .fenced(let open, let body, let close): open + write(body) + close
    case .accent(let base, let accent): accented(base, accent)
    case .styled(let base, let variant):
      switch variant {
      case .doubleStruck: UnicodeScripts.styled(write(base), .doubleStruck)
      case .calligraphic: UnicodeScripts.styled(write(base), .calligraphic)
      default: write(base)
      }
    case .table(let rows, let environment): table(rows, environment)
    case .space(let ems):
      if ems <= 0 {
        ""
      } else if ems < 0.9 || compact {
        " "
      } else {
        String(repeating: Self.hardSpace, count: ems >= 2 ? 3 : 2)
      }
    }
  }

  private func row(_ nodes: [MathNode]) -> String {
    var result = ""
    var previous: MathClass?
    for node in nodes {
      var kind = MathClass.of(node)
      // A sign at the start, or after an operator or an opening bracket, is unary.
      if kind == .binary {
        switch previous {
        case nil, .binary, .relation, .punctuation, .open, .largeOperator: kind = .ordinary
        default: break
        }
      }
      let text = write(node)
      if !compact {
        switch kind {
        case .binary, .relation:
          result += " "
          result += text
          result += " "
        case .punctuation:
          result += text
          result += " "
        case .function, .largeOperator:
          switch previous {
          case .ordinary, .close, .function, .largeOperator, .fraction: result += " "
          default: break
          }
          result += text
        case .fraction:
          switch previous {
          case .ordinary, .close, .function, .largeOperator: result += " "
          default: break
          }
          result += text
        default:
          if previous == .function || previous == .largeOperator || previous == .fraction,
            !(text.first.map { "([{⟨|‖".contains($0) } ?? false)
          {
            result += " "
          }
          result += text
        }
      } else {
        result += text
      }
      previous = kind
    }
    return result
  }

  /// A numerator or denominator, parenthesised unless it reads as one unit.
  private func operand(_ node: MathNode) -> String {
    write(node).wrappedIf(!isUnit(node))
  }

  /// Whether `node` reads as one unit next to `/`: no operator, space or fraction at its top.
  private func isUnit(_ node: MathNode) -> Bool {
    switch node {
    case .row(let nodes):
      // Only what stands outside brackets counts: `exp(x − m)` is one unit.
      var depth = 0
      for child in nodes {
        let kind = MathClass.of(child)
        if kind == .open { depth += 1 }
        if kind == .close, case .operator = child { depth = max(0, depth - 1) }
        guard depth == 0 else { continue }
        switch child {
        case .operator:
          if kind != .ordinary && kind != .close { return false }
        case .space, .fraction, .largeOperator, .text: return false
        default: if !isUnit(child) { return false }
        }
      }
      return true
    case .fraction, .largeOperator: return false
    case .text(let text): return !text.contains(" ")
    case .table: return false
    default: return true
    }
  }

  private func needsParenthesesAsBase(_ base: MathNode) -> Bool {
    switch base {
    case .row(let nodes):
      guard nodes.count > 1 else { return false }
      if case .operator(let open) = nodes[0], case .operator(let close)? = nodes.last,
        MathClass.operators[open] == .open, MathClass.operators[close] == .close
      {
        return false
      }
      return true
    case .fraction: return true
    default: return false
    }
  }

  private func root(_ radicand: MathNode, index: MathNode?) -> String {
    let body = write(radicand).wrappedIf(!isAtom(radicand))
    guard let index else { return "√" + body }
    let degree = UnicodeMathWriter(compact: true).write(index)
    switch degree {
    case "", "2": return "√" + body
    case "3": return "∛" + body
    case "4": return "∜" + body
    default: return (UnicodeScripts.superscript(degree) ?? "(" + degree + ")") + "√" + body
    }
  }

  private func isAtom(_ node: MathNode) -> Bool {
    switch node {
    case .identifier, .number, .fenced, .root, .function: true
    case .scripts(let base, _, _), .accent(let base, _), .styled(let base, _): isAtom(base)
    case .row(let nodes): nodes.count == 1 && isAtom(nodes[0])
    default: false
    }
  }

  private func scripted(base: String, lower: MathNode?, upper: MathNode?) -> String {
    let script = UnicodeMathWriter(compact: true)
    var result = base
    if let lower {
      let text = script.write(lower)
      if let small = UnicodeScripts.subscript(text) {
        result += small
      } else if !text.isEmpty {
        result += "_" + text.wrappedIf(text.count > 1)
      }
    }
    if let upper {
      let text = script.write(upper)
      if let small = UnicodeScripts.superscript(text) {
        result += small
      } else if !text.isEmpty {
        result += "^" + text.wrappedIf(text.count > 1)
      }
    }
    return result
  }

  private func accented(_ base: MathNode, _ accent: MathNode.Accent) -> String {
    let text = write(base)
    let mark: Character
    switch accent {
    case .hat: mark = "\u{0302}"
    case .bar: mark = "\u{0304}"
    case .overline: mark = "\u{0305}"
    case .tilde: mark = "\u{0303}"
    case .dot: mark = "\u{0307}"
    case .ddot: mark = "\u{0308}"
    case .vec: mark = "\u{20D7}"
    case .check: mark = "\u{030C}"
    case .breve: mark = "\u{0306}"
    case .acute: mark = "\u{0301}"
    case .grave: mark = "\u{0300}"
    }
    if text.count == 1 { return text + String(mark) }
    if accent == .overline || accent == .bar {
      return text.map { String($0) + String(mark) }.joined()
    }
    return accent.rawValue + "(" + text + ")"
  }

  private func table(_ rows: [[MathNode]], _ environment: MathNode.Environment) -> String {
    let (open, close) = environment.delimiters
    let cellSeparator = environment.isAlignment || environment == .cases ? " " : ", "
    let body = rows.map { cells in
      cells.map { write($0) }.joined(separator: cellSeparator)
    }.joined(separator: "; ")
    return open + body + close
  }
}

extension String {
  /// The string without the spaces at its end.
  var withoutTrailingSpaces: String {
    var result = self
    while result.utf8.last == 0x20 { result.removeLast() }
    return result
  }

  fileprivate func wrappedIf(_ condition: Bool) -> String {
    condition ? "(" + self + ")" : self
  }

  fileprivate func replacingSpaces(with character: Character) -> String {
    String(map { $0 == " " ? character : $0 })
  }
}
