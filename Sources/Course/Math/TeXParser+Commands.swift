extension TeXParser {
  /// Reads a command after its backslash: a symbol, a function, a large operator, an accent,
  /// a letter style, spacing, `\frac`, `\sqrt`, `\left…\right`, `\begin…\end`, `\not`, or
  /// an unknown command (kept by name, with a problem). Returns `nil` for commands that show
  /// nothing (`\displaystyle`, `\label{…}`).
  mutating func parseCommand(stop: Stop) -> MathNode? {
    let start = index
    let range = commandName(at: index)
    index = range.upperBound
    if range.isEmpty {
      report("a lone `\\` ends the formula; write `\\backslash` for a backslash", at: start)
      return nil
    }
    let name = commandText(range)
    let command = TeXSymbols.commands[name]
    switch command {
    case .letter(let letter): return .identifier(letter)
    case .operator(let symbol): return .operator(symbol)
    case .largeOperator(let symbol): return .largeOperator(symbol: symbol, lower: nil, upper: nil)
    case .space(let width): return .space(width)
    case .ignored: return nil
    case .function, .accent, .variant, .text, nil: break
    }
    switch command {
    case .function: return .function(name)
    case .accent(let accent): return .accent(parseArgument(after: "\\" + name), accent)
    case .variant(let variant): return .styled(parseArgument(after: "\\" + name), variant)
    case .text: return .text(readRawGroup(after: name))
    default: break
    }
    switch name {
    case "frac", "dfrac", "tfrac", "cfrac":
      let numerator = parseArgument(after: "\\" + name)
      let denominator = parseArgument(after: "\\" + name)
      return .fraction(numerator: numerator, denominator: denominator)
    case "sqrt":
      skipSpaces()
      var rootIndex: MathNode?
      if !atEnd && character(at: index, is: "[") {
        index += 1
        rootIndex = parseRow(stop: [.bracket])
        if !atEnd && character(at: index, is: "]") {
          index += 1
        } else {
          report("`\\sqrt[` is never closed; add a `]`", at: start)
        }
      }
      return .root(radicand: parseArgument(after: "\\sqrt"), index: rootIndex)
    case "operatorname":
      if !atEnd && character(at: index, is: "*") { index += 1 }
      return .function(readRawGroup(after: name))
    case "left":
      let open = readDelimiter(after: "\\left")
      let body = parseRow(stop: .right)
      if atCommand("right") {
        index += "\\right".count
        return .fenced(open: open, body: body, close: readDelimiter(after: "\\right"))
      }
      report("`\\left` has no matching `\\right`; add `\\right)` (or `\\right.`)", at: start)
      return .fenced(open: open, body: body, close: "")
    case "right":
      report("`\\right` without a `\\left` before it", at: start)
      return .operator(readDelimiter(after: "\\right"))
    case "begin":
      return parseEnvironment(start: start)
    case "end":
      report("`\\end` without a `\\begin` before it", at: start)
      _ = readRawGroup(after: name)
      return nil
    case "not":
      skipSpaces()
      guard !atEnd, let next = parseAtom(stop: stop) else { return .operator("/") }
      if case .operator(let symbol) = next {
        let negated = [
          "=": "≠", "∈": "∉", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "⊂": "⊄", "∼": "≁", "≡": "≢",
        ]
        return .operator(negated[symbol] ?? symbol + "\u{0338}")
      }
      return next
    case "label", "tag":
      _ = readRawGroup(after: name)
      return nil
    default:
      report("unknown TeX command `\\\(name)`; it is shown as `\(name)`", at: start)
      return .unknown(name)
    }
  }

  /// Reads the delimiter after `\left`/`\right`: a character, a command (`\langle`) or `.`.
  mutating func readDelimiter(after what: String) -> String {
    skipSpaces()
    guard !atEnd else {
      report("`\(what)` needs a delimiter such as `(` or `.`")
      return ""
    }
    if character(at: index, is: "\\") {
      let start = index
      let name = readCommand()
      // No name is in two tables, so a command the table reads as an operator is one of
      // `TeXSymbols.operators`.
      if case .operator(let symbol)? = TeXSymbols.commands[name] { return symbol }
      report("`\\\(name)` is not a delimiter `\(what)` knows", at: start)
      return name
    }
    let character = self.character(at: index)
    index += 1
    return character == "." ? "" : String(character)
  }

  /// Reads `\begin{name} … \end{name}` (the `\begin` already consumed).
  mutating func parseEnvironment(start: Int) -> MathNode {
    let name = readRawGroup(after: "begin")
    let environment: MathNode.Environment
    if let known = MathNode.Environment(
      rawValue: name.hasSuffix("*") ? String(name.dropLast()) : name)
    {
      environment = known
    } else {
      report("unknown environment `\(name)`; it is shown as a matrix", at: start)
      environment = .matrix
    }
    if environment == .array { _ = readRawGroup(after: "begin{array}") }
    var rows: [[MathNode]] = []
    var cells: [MathNode] = []
    while true {
      cells.append(parseRow(stop: .cell))
      skipSpaces()
      if atEnd {
        report("`\\begin{\(name)}` has no `\\end{\(name)}`", at: start)
        break
      }
      if character(at: index, is: "&") {
        index += 1
        continue
      }
      let command = readCommand()
      if command == "end" {
        let closing = readRawGroup(after: "end")
        if closing != name {
          report("`\\begin{\(name)}` is closed by `\\end{\(closing)}`", at: start)
        }
        break
      }
      // `\\` or `\cr`: a new row.
      rows.append(cells)
      cells = []
    }
    if !(cells.count == 1 && cells[0] == .row([])) || rows.isEmpty { rows.append(cells) }
    return .table(rows: rows, environment: environment)
  }
}
