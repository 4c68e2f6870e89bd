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
  ///
  /// A third of the course's formulas are a name or a number (`x`, `W`, `42`), perhaps with one
  /// subscript or superscript of letters and digits (`W_1`, `d_k`, `x^{2}`): those take
  /// `renderPlainFormula`, a fast path that skips the parser, which a test holds equal to
  /// `renderByParsing`, the plain definition.
  public static func render(tex: String) -> String {
    renderPlainFormula(tex) ?? renderByParsing(tex: tex)
  }

  /// `render(tex:)`, through the TeX parser and the writer.
  static func renderByParsing(tex: String) -> String {
    render(TeXParser.parse(tex).node)
  }

  /// `render(tex:)` for a formula of ASCII letters and digits followed by at most one
  /// subscript or superscript of letters and digits (`x`, `42`, `W_1`, `d_{k}`, `x^2`) whose
  /// characters all have a script form; nil for any other formula.
  static func renderPlainFormula(_ tex: String) -> String? {
    func isAlphanumeric(_ byte: UInt8) -> Bool {
      (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
        || (0x61...0x7A).contains(byte)
    }
    // Read in the string's own bytes: most formulas are told apart by their first bytes.
    var source = tex
    return source.withUTF8 { bytes -> String? in
      guard let first = bytes.first, isAlphanumeric(first) else { return nil }
      var mark = 1
      while mark < bytes.count && isAlphanumeric(bytes[mark]) { mark += 1 }
      guard mark < bytes.count else { return tex }
      let sign = bytes[mark]
      guard sign == UInt8(ascii: "_") || sign == UInt8(ascii: "^") else { return nil }
      var (start, end) = (mark + 1, bytes.count)
      if end - start > 2 && bytes[start] == UInt8(ascii: "{") && bytes[end - 1] == UInt8(ascii: "}")
      {
        (start, end) = (start + 1, end - 1)
      } else if end - start != 1 {
        return nil
      }
      guard bytes[start..<end].allSatisfy(isAlphanumeric) else { return nil }
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      guard
        let small = sign == UInt8(ascii: "_")
          ? UnicodeScripts.subscript(text) : UnicodeScripts.superscript(text)
      else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<mark]), as: UTF8.self) + small
    }
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
      let lines = rows.map { finish($0.map { writer.write($0) }.joinedByAppending()) }
      let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
      return lines.map { String(repeated: " ", count: (widest - DisplayWidth.of($0)) / 2) + $0 }
    }
    // Right-align the first column so the `&` points (usually `=`) line up.
    let firsts = rows.map { finish($0.first.map { writer.write($0) } ?? "") }
    let widest = firsts.map { DisplayWidth.of($0) }.max() ?? 0
    return zip(rows, firsts).map { cells, first in
      let rest = finish(
        cells.dropFirst().map { writer.write($0) }.joinedByAppending(separator: " "))
      let padding = String(repeated: " ", count: widest - DisplayWidth.of(first))
      let line = padding + first + (first.isEmpty || rest.isEmpty ? "" : " ") + rest
      return line.withoutTrailingSpaces
    }
  }

  /// Collapses the spaces spacing rules doubled and turns hard spaces into spaces.
  ///
  /// Works on UTF-8 bytes when no scalar that can join a grapheme cluster stands beside a space
  /// or a hard space (then each space and hard space is a character of its own, and its bytes
  /// are found as they are; an accent on a letter does not matter); else `finishByCharacter`,
  /// the plain definition it is tested against, does.
  static func finish(_ text: String) -> String {
    var source = text
    guard !source.withUTF8({ joinsASpace(utf8: $0) }) else { return finishByCharacter(text) }
    return source.withUTF8 { bytes in
      // Most formulas have nothing to collapse: they are kept as they are.
      guard isToCollapse(bytes) else { return text }
      return String(unsafeUninitializedCapacity: bytes.count) { result in
        var count = 0
        var previousWasSpace = true
        var index = 0
        while index < bytes.count {
          let byte = bytes[index]
          if byte == 0x20 {
            if !previousWasSpace {
              result[count] = 0x20
              count += 1
            }
            previousWasSpace = true
            index += 1
            continue
          }
          previousWasSpace = false
          // A hard space (`EE 80 90`) becomes a space that stays.
          if byte == 0xEE && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x90 {
            result[count] = 0x20
            count += 1
            index += 3
            continue
          }
          result[count] = byte
          count += 1
          index += 1
        }
        while count > 0 && result[count - 1] == 0x20 { count -= 1 }
        return count
      }
    }
  }

  /// Whether `finish` changes `bytes`: they start or end with a space, hold two spaces in a
  /// row, or a hard space (`EE 80 90`; its lead byte is looked for, a few other scalars
  /// share it).
  static func isToCollapse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last else { return false }
    if first == 0x20 || last == 0x20 { return true }
    var previous: UInt8 = 0
    for byte in bytes {
      if byte == 0xEE || (byte == 0x20 && previous == 0x20) { return true }
      previous = byte
    }
    return false
  }

  /// `joinsASpace` on the UTF-8 bytes of the text, decoding scalars by hand and looking up
  /// only those beside a space (a test holds the two equal).
  static func joinsASpace(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let hardSpace = UnicodeMathWriter.hardSpace.unicodeScalars.first!.value
    func mayJoin(_ value: UInt32) -> Bool {
      value >= 0x300 && value != hardSpace && !DisplayWidth.isOneColumn(value)
        && DisplayWidth.mayJoinCluster(Unicode.Scalar(value)!)
    }
    func mayJoinNext(_ value: UInt32) -> Bool {
      value >= 0x300 && value != hardSpace && DisplayWidth.mayJoinNext(Unicode.Scalar(value)!)
    }
    var previousIsSpace = false
    // The scalar before, when it is not a space.
    var previous: UInt32 = 0x20
    var index = 0
    while index < bytes.count {
      let (value, length) = bytes.scalarValue(at: index)
      index += length
      let isSpace = value == 0x20 || value == hardSpace
      if isSpace {
        if !previousIsSpace && mayJoinNext(previous) { return true }
      } else if previousIsSpace && mayJoin(value) {
        return true
      }
      previousIsSpace = isSpace
      previous = value
    }
    return false
  }

  /// Whether a space or a hard space in `text` may share a grapheme cluster with a neighbour:
  /// a scalar that may join a cluster (`DisplayWidth.mayJoinCluster`: a mark, a joiner) comes
  /// just after it, or one that may join the scalar after it (`DisplayWidth.mayJoinNext`: a
  /// prepended letter) just before it. A mark before a space, as in `x̂ = 1`, ends its cluster
  /// there: the space stays a character of its own.
  static func joinsASpace(_ text: String) -> Bool {
    let hardSpace = UnicodeMathWriter.hardSpace.unicodeScalars.first!
    var previousIsSpace = false
    var previousMayJoinNext = false
    for scalar in text.unicodeScalars {
      let isSpace = scalar == " " || scalar == hardSpace
      let mayJoin = !isSpace && DisplayWidth.mayJoinCluster(scalar)
      if (isSpace && previousMayJoinNext) || (mayJoin && previousIsSpace) { return true }
      previousIsSpace = isSpace
      previousMayJoinNext = !isSpace && DisplayWidth.mayJoinNext(scalar)
    }
    return false
  }

  /// `finish`, character by character.
  static func finishByCharacter(_ text: String) -> String {
    let hardSpace = UnicodeMathWriter.hardSpace.unicodeScalars.first!
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var previousWasSpace = true
    for character in text {
      if character.isScalar(" ") {
        if !previousWasSpace { result.append(" ") }
        previousWasSpace = true
      } else {
        result.append(character.isScalar(hardSpace) ? " " : character)
        previousWasSpace = false
      }
    }
    while result.last?.isScalar(" ") ?? false { result.removeLast() }
    return result
  }
}

extension Character {
  /// Whether this character is the one scalar `scalar` (`self == scalar` for a scalar without
  /// canonical equivalents, as all those compared here are). A `==` of characters that are not
  /// ASCII takes the standard library's normalizing comparison, whose first use makes the
  /// runtime instantiate types and scan conformance records (some 400,000 instructions).
  func isScalar(_ scalar: Unicode.Scalar) -> Bool {
    let scalars = unicodeScalars
    return scalars.count == 1 && scalars.first == scalar
  }

  /// Whether this character is one scalar of `scalars`; see `isScalar`.
  func isOneScalar(of scalars: String) -> Bool {
    let own = unicodeScalars
    return own.count == 1 && scalars.unicodeScalars.contains(own.first!)
  }
}

/// How an element of a row is spaced.
enum MathClass {
  case ordinary, binary, relation, punctuation, open, close, function, largeOperator, fraction

  static func of(_ node: MathNode) -> MathClass {
    switch node {
    case .operator(let symbol): return ofOperator(symbol)
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

  /// The class of the operator `symbol`: `operators[symbol] ?? .ordinary`, the plain
  /// definition a test holds it to, answered by a switch on the symbol's one scalar (every
  /// symbol of the lists is one), without building the dictionary or hashing the symbol: a
  /// lesson's formulas ask for hundreds.
  static func ofOperator(_ symbol: String) -> MathClass {
    let scalars = symbol.unicodeScalars
    guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex
    else { return operators[symbol] ?? .ordinary }
    return switch scalar.value {
    // U+0387 and U+037E are canonically equivalent to `·` and `;`, so `String`'s `==` (and the
    // dictionary) finds them.
    case 0x002B, 0x00B1, 0x00B7, 0x0387, 0x00D7, 0x00F7, 0x2212, 0x2213, 0x2216, 0x2217, 0x2218,
      0x2219,
      0x2227, 0x2228, 0x2229, 0x222A, 0x228E, 0x2293, 0x2294, 0x2295, 0x2296, 0x2297, 0x2298,
      0x2299:
      .binary
    case 0x003C, 0x003D, 0x003E, 0x007C, 0x2190, 0x2191, 0x2192, 0x2193, 0x2194, 0x21A6, 0x21AA,
      0x21D0, 0x21D2, 0x21D4, 0x2208, 0x2209, 0x220B, 0x221D, 0x2224, 0x2225, 0x223C, 0x2241,
      0x2243, 0x2245, 0x2248, 0x2254, 0x225C, 0x2260, 0x2261, 0x2262, 0x2264, 0x2265, 0x226A,
      0x226B, 0x226E, 0x226F, 0x2270, 0x2271, 0x2282, 0x2283, 0x2284, 0x2286, 0x2287, 0x22A2,
      0x22A5, 0x22A8, 0x27F5, 0x27F6, 0x27FC:
      .relation
    case 0x002C, 0x003A, 0x003B, 0x037E:
      .punctuation
    case 0x0028, 0x005B, 0x007B, 0x2308, 0x230A, 0x27E8:
      .open
    case 0x0021, 0x0029, 0x005D, 0x007D, 0x2309, 0x230B, 0x27E9:
      .close
    default: .ordinary
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

  /// The class of each operator symbol that is not `.ordinary`, from the lists above: one
  /// look-up per operator instead of one per list. (Arrays, not sets, so that only this
  /// dictionary hashes the symbols when it is first used.)
  static let operators: [String: MathClass] = {
    var classes: [String: MathClass] = Dictionary(minimumCapacity: 96)
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
        String(repeated: Self.hardSpace, count: ems >= 2 ? 3 : 2)
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
            !(text.first.map { $0.isOneScalar(of: "([{⟨|‖") } ?? false)
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
        MathClass.ofOperator(open) == .open, MathClass.ofOperator(close) == .close
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
      return text.map { String($0) + String(mark) }.joinedByAppending()
    }
    return accent.rawValue + "(" + text + ")"
  }

  private func table(_ rows: [[MathNode]], _ environment: MathNode.Environment) -> String {
    let (open, close) = environment.delimiters
    let cellSeparator = environment.isAlignment || environment == .cases ? " " : ", "
    let body = rows.map { cells in
      cells.map { write($0) }.joinedByAppending(separator: cellSeparator)
    }.joinedByAppending(separator: "; ")
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
