/// Reads the TeX of a formula (`\frac{QK^\top}{\sqrt{d_k}}`) into a `MathNode` tree.
///
/// The parser covers the TeX lessons use: letters, numbers and operators, `\frac`, `\sqrt`,
/// sub- and superscripts, large operators with limits, `\left…\right`, Greek letters, letter
/// styles, `\text`, `\operatorname`, accents, matrices and aligned rows, and spacing commands.
/// It never fails: anything it cannot read (an unknown command, an unclosed brace) becomes a
/// best-effort node plus a `Problem`, so a renderer can still show the formula and `primer lint`
/// can report what to fix.
public struct TeXParser {
  /// Something in the TeX the parser had to guess about.
  public struct Problem: Hashable, Sendable, CustomStringConvertible {
    /// Offset of the problem in the formula, in characters from its start.
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
      self.offset = offset
      self.message = message
    }

    public var description: String { "character \(offset + 1): \(message)" }
  }

  /// A parsed formula and the problems found on the way.
  public struct Result: Hashable, Sendable {
    public var node: MathNode
    public var problems: [Problem]
  }

  /// Groups nested deeper than this are read as text: deeper TeX is a typo, and the limit keeps
  /// recursion bounded for any input.
  public static let maximumDepth = 48

  /// Parses `tex` into a tree.
  ///
  /// A formula whose top level is broken by `\\` (several lines outside an environment) is
  /// read as a `gathered` table, one row per line.
  public static func parse(_ tex: String) -> Result {
    var parser = TeXParser(tex)
    var lines: [MathNode] = []
    while true {
      let line = parser.parseRow(stop: .lineBreak)
      if line != .row([]) { lines.append(line) }
      guard !parser.atEnd else { break }
      _ = parser.readCommand()  // `\\` or `\cr`
    }
    let node: MathNode
    switch lines.count {
    case 0: node = .row([])
    case 1: node = lines[0]
    default: node = .table(rows: lines.map { [$0] }, environment: .gathered)
    }
    return Result(node: node, problems: parser.problems)
  }

  /// The problems in `tex`, for `primer lint`.
  public static func problems(in tex: String) -> [Problem] { parse(tex).problems }

  /// For each character of the formula, its ASCII code when it is a single ASCII scalar, else
  /// 0: the parser looks for ASCII syntax (`\\`, `{`, `^`, letters of command names).
  let codes: [UInt8]
  /// The formula's characters.
  private let characters: [Character]
  var index = 0
  var depth = 0
  var problems: [Problem] = []

  private init(_ tex: String) {
    characters = Array(tex)
    codes = characters.map { $0.unicodeScalars.count == 1 ? $0.asciiValue ?? 0 : 0 }
  }

  /// The character at `offset`.
  func character(at offset: Int) -> Character { characters[offset] }

  /// The characters from `offset` to the end, as a string.
  func text(from offset: Int) -> String { String(characters[offset...]) }

  /// Whether the character at `offset` is the ASCII character `ascii`.
  func character(at offset: Int, is ascii: Unicode.Scalar) -> Bool {
    codes[offset] == UInt8(ascii: ascii)
  }

  /// Whether the character at `offset` is an ASCII letter.
  func isLetter(at offset: Int) -> Bool {
    let code = codes[offset] | 0x20  // lower case
    return code >= UInt8(ascii: "a") && code <= UInt8(ascii: "z")
  }

  /// Whether the character at `offset` is an ASCII digit.
  func isDigit(at offset: Int) -> Bool {
    codes[offset] >= UInt8(ascii: "0") && codes[offset] <= UInt8(ascii: "9")
  }

  /// The ASCII characters in `range` as a string.
  func asciiText(_ range: Range<Int>) -> String {
    String(decoding: codes[range], as: UTF8.self)
  }

  /// What ends a row besides the end of the input.
  struct Stop: OptionSet {
    let rawValue: Int
    static let brace = Stop(rawValue: 1)
    static let right = Stop(rawValue: 2)
    static let cell = Stop(rawValue: 4)
    static let bracket = Stop(rawValue: 8)
    /// `\\` at the top level of a formula.
    static let lineBreak = Stop(rawValue: 16)
  }

  var atEnd: Bool { index >= codes.count }

  mutating func report(_ message: String, at offset: Int? = nil) {
    problems.append(Problem(offset: offset ?? min(index, codes.count), message: message))
  }

  mutating func skipSpaces() {
    while index < codes.count, isSpace(at: index) { index += 1 }
  }

  /// The command name at `index` (which holds a backslash), without consuming it.
  func peekCommand() -> String? {
    guard index < codes.count, character(at: index, is: "\\") else { return nil }
    return commandText(commandName(at: index))
  }

  mutating func readCommand() -> String {
    let name = peekCommand() ?? ""
    index += 1 + name.count
    return name
  }

  /// Where the name of the command whose backslash is at `backslash` lies: a run of letters,
  /// else one character; empty when the backslash ends the formula.
  func commandName(at backslash: Int) -> Range<Int> {
    var end = backslash + 1
    guard end < codes.count else { return end..<end }
    guard isLetter(at: end) else { return end..<end + 1 }
    while end < codes.count, isLetter(at: end) { end += 1 }
    return backslash + 1..<end
  }

  /// The command name in `range` (from `commandName(at:)`) as a string.
  func commandText(_ range: Range<Int>) -> String {
    if range.count == 1 && codes[range.lowerBound] == 0 {
      return String(character(at: range.lowerBound))
    }
    return asciiText(range)
  }

  /// Whether the command name in `range` is `name` (ASCII), compared without making a string.
  func command(_ range: Range<Int>, is name: StaticString) -> Bool {
    name.withUTF8Buffer { name in range.count == name.count && codes[range].elementsEqual(name) }
  }

  /// Whether a command named `name` starts at `index` (a backslash there, then the name).
  func atCommand(_ name: StaticString) -> Bool {
    index < codes.count && codes[index] == UInt8(ascii: "\\")
      && command(commandName(at: index), is: name)
  }

  /// Reads nodes until the end, or until a token in `stop` (left unconsumed).
  ///
  mutating func parseRow(stop: Stop) -> MathNode {
    var nodes: [MathNode] = []
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maximumDepth {
      report("the formula nests deeper than \(Self.maximumDepth) groups; the rest is shown as text")
      let rest = text(from: index)
      index = codes.count
      return .text(rest)
    }
    while true {
      skipSpaces()
      guard !atEnd else { break }
      let code = codes[index]
      if code == UInt8(ascii: "}") {
        if stop.contains(.brace) { break }
        report("unmatched `}`; remove it or add the `{` it closes")
        index += 1
        continue
      }
      if code == UInt8(ascii: "]") && stop.contains(.bracket) { break }
      if code == UInt8(ascii: "&") {
        if stop.contains(.cell) { break }
        report("`&` outside a matrix or aligned environment; write `\\&` for an ampersand")
        index += 1
        continue
      }
      if code == UInt8(ascii: "\\") {
        let name = commandName(at: index)
        if command(name, is: "\\") || command(name, is: "cr") {
          if stop.contains(.cell) || stop.contains(.lineBreak) { break }
          index = name.upperBound
          nodes.append(.space(1))
          continue
        }
        if stop.contains(.right) && command(name, is: "right") { break }
        if stop.contains(.cell) && command(name, is: "end") { break }
      }
      guard let atom = parseAtom(stop: stop) else { continue }
      let node = parseScripts(on: atom)
      nodes.append(node)
    }
    return nodes.count == 1 ? nodes[0] : .row(nodes)
  }

  /// Reads `_…` and `^…` (and primes) following a base.
  mutating func parseScripts(on base: MathNode) -> MathNode {
    var lower: MathNode?
    var upper: MathNode?
    var primes = ""
    while true {
      let start = index
      skipSpaces()
      guard !atEnd else { break }
      let code = codes[index]
      if code == UInt8(ascii: "\\") {
        let name = commandName(at: index)
        if command(name, is: "limits") || command(name, is: "nolimits") {
          index = name.upperBound
          continue
        }
      }
      if code == UInt8(ascii: "'") {
        primes.append("′")
        index += 1
      } else if code == UInt8(ascii: "_") || code == UInt8(ascii: "^") {
        index += 1
        let argument = parseArgument(after: code == UInt8(ascii: "_") ? "_" : "^")
        if code == UInt8(ascii: "_") {
          if lower != nil { report("double subscript; group it as `x_{ab}`", at: start) }
          lower = argument
        } else {
          if upper != nil { report("double superscript; group it as `x^{ab}`", at: start) }
          upper = argument
        }
      } else {
        index = start
        break
      }
    }
    if !primes.isEmpty {
      let prime = MathNode.operator(primes)
      upper = upper.map { .row([prime, $0]) } ?? prime
    }
    guard lower != nil || upper != nil else { return base }
    if case .largeOperator(let symbol, nil, nil) = base {
      return .largeOperator(symbol: symbol, lower: lower, upper: upper)
    }
    return .scripts(base: base, subscript: lower, superscript: upper)
  }

  /// Reads one argument: a `{group}`, a command, or a single character.
  mutating func parseArgument(after what: @autoclosure () -> String) -> MathNode {
    skipSpaces()
    guard !atEnd else {
      report("`\(what())` needs an argument; write `\(what()){…}`")
      return .row([])
    }
    switch codes[index] {
    case UInt8(ascii: "{"):
      return parseGroup()
    case UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "^"), UInt8(ascii: "_"):
      report("`\(what())` needs an argument; write `\(what()){…}`")
      return .row([])
    case UInt8(ascii: "\\"):
      return parseAtom(stop: []) ?? .row([])
    default:
      index += 1
      return single(at: index - 1)
    }
  }

  /// Reads `{…}` at `index`.
  mutating func parseGroup() -> MathNode {
    let open = index
    index += 1
    let body = parseRow(stop: .brace)
    if !atEnd && character(at: index, is: "}") {
      index += 1
    } else {
      report("`{` is never closed; add a `}`", at: open)
    }
    return body
  }

  /// Reads the raw characters of a `{…}` group (for `\text`, `\operatorname`, `\begin`).
  mutating func readRawGroup(after what: @autoclosure () -> String) -> String {
    skipSpaces()
    guard !atEnd, character(at: index, is: "{") else {
      report("`\\\(what())` needs a `{…}` argument")
      return ""
    }
    let open = index
    index += 1
    var level = 1
    var text = ""
    while !atEnd {
      let code = codes[index]
      // `\{`, `\}`, `\$`, … stand for the character itself, `\,` for a space; other
      // backslashes are dropped (`\alpha` reads `alpha`).
      if code == UInt8(ascii: "\\") && index + 1 < codes.count {
        let next = character(at: index + 1)
        if "{}$%&_#".contains(next) || next == " " || next == "," {
          text.append(next == "," ? " " : next)
          index += 2
        } else {
          index += 1
        }
        continue
      }
      if code == UInt8(ascii: "{") { level += 1 }
      if code == UInt8(ascii: "}") {
        level -= 1
        if level == 0 {
          index += 1
          return text
        }
      }
      if code != 0 {
        text.unicodeScalars.append(Unicode.Scalar(code))
      } else {
        text.append(character(at: index))
      }
      index += 1
    }
    report("`{` is never closed; add a `}`", at: open)
    return text
  }

  /// A node for the plain character at `offset`.
  func single(at offset: Int) -> MathNode {
    let code = codes[offset]
    guard code != 0 else { return Self.single(character(at: offset)) }
    let text = String(Unicode.Scalar(code))
    if isDigit(at: offset) { return .number(text) }
    if isLetter(at: offset) { return .identifier(text) }
    switch code {
    case UInt8(ascii: "-"): return .operator("−")
    case UInt8(ascii: "*"): return .operator("∗")
    case UInt8(ascii: "~"): return .space(1.0 / 3)
    default: return .operator(text)
    }
  }

  /// A node for one plain character.
  static func single(_ character: Character) -> MathNode {
    if character.isASCIIDigit { return .number(String(character)) }
    if character.isASCIILetter { return .identifier(String(character)) }
    if !character.isASCII {
      if character.isNumber { return .number(String(character)) }
      if character.isLetter { return .identifier(String(character)) }
    }
    switch character {
    case "-": return .operator("−")
    case "*": return .operator("∗")
    case "~": return .space(1.0 / 3)
    default: return .operator(String(character))
    }
  }

  /// Reads one atom: a character, a number, a group or a command with its arguments.
  /// Returns `nil` when what was read shows nothing (an ignored command).
  mutating func parseAtom(stop: Stop) -> MathNode? {
    let code = codes[index]
    if code == UInt8(ascii: "{") { return parseGroup() }
    if isDigit(at: index) {
      var end = index
      while end < codes.count, isDigit(at: end) { end += 1 }
      if end + 1 < codes.count, self.character(at: end, is: "."), isDigit(at: end + 1) {
        end += 1
        while end < codes.count, isDigit(at: end) { end += 1 }
      }
      let number = asciiText(index..<end)
      index = end
      return .number(number)
    }
    if code == UInt8(ascii: "^") || code == UInt8(ascii: "_") {
      // A script with no base (`^2` at the start): attach it to an empty base.
      return .row([])
    }
    if code != UInt8(ascii: "\\") {
      index += 1
      return single(at: index - 1)
    }
    return parseCommand(stop: stop)
  }
}

extension TeXParser {
  /// Whether the character at `offset` is space, tab or newline (or other white space
  /// beyond ASCII).
  func isSpace(at offset: Int) -> Bool {
    switch codes[offset] {
    case 0x20, 0x09, 0x0A, 0x0D: true
    case 0: character(at: offset).isTeXSpace
    default: false
    }
  }
}

extension Character {
  /// Space, tab or newline; other white space only beyond ASCII (checked last: it is slow).
  fileprivate var isTeXSpace: Bool {
    if let ascii = asciiValue {
      return ascii == 0x20 || ascii == 0x09 || ascii == 0x0A || ascii == 0x0D
    }
    return isWhitespace
  }

  var isASCIILetter: Bool {
    guard let ascii = asciiValue else { return false }
    return (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
  }

  var isASCIIDigit: Bool {
    guard let ascii = asciiValue else { return false }
    return (0x30...0x39).contains(ascii)
  }
}
