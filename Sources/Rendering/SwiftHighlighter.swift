/// Splits Swift source into tokens a terminal can colour: keywords, types, strings, numbers,
/// comments, attributes and everything else.
///
/// A small hand-written lexer, not a parser: it knows Swift's lexical rules (nested block
/// comments, multi-line and raw strings, string interpolation, numeric literals with `_`,
/// hex and exponents) well enough to colour lesson code, and never fails: anything it does not
/// recognise is `.plain`. Types are identifiers starting with a capital letter, the convention
/// the Swift API Design Guidelines ask for. The HTML export colours the same tokens.
public enum SwiftHighlighter {
  public enum Kind: Hashable, Sendable {
    case keyword, type, string, number, comment, attribute, plain
  }

  public struct Token: Hashable, Sendable {
    public var kind: Kind
    public var text: String
  }

  static let keywords: Set<String> = [
    "actor", "any", "as", "associatedtype", "async", "await", "borrowing", "break", "case",
    "catch", "class", "consuming", "continue", "default", "defer", "deinit", "do", "else",
    "enum", "extension", "fallthrough", "false", "fileprivate", "final", "for", "func", "guard",
    "if", "import", "in", "indirect", "init", "inout", "internal", "is", "let", "lazy", "mutating",
    "nil", "nonisolated", "open", "operator", "override", "private", "protocol", "public",
    "repeat", "rethrows", "return", "self", "Self", "some", "static", "struct", "subscript",
    "super", "switch", "throw", "throws", "true", "try", "typealias", "var", "weak", "where",
    "while", "sending",
  ]

  /// The tokens of `source`, in order; their texts concatenate back to `source`.
  public static func tokens(_ source: String) -> [Token] {
    let chars = Array(source)
    var tokens: [Token] = []
    var i = 0
    func emit(_ kind: Kind, _ end: Int) {
      let text = String(chars[i..<end])
      if let last = tokens.last, last.kind == kind, kind == .plain {
        tokens[tokens.count - 1].text += text
      } else {
        tokens.append(Token(kind: kind, text: text))
      }
      i = end
    }
    while i < chars.count {
      let c = chars[i]
      let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
      if c == "/" && next == "/" {
        var end = i
        while end < chars.count && chars[end] != "\n" { end += 1 }
        emit(.comment, end)
      } else if c == "/" && next == "*" {
        var end = i + 2
        var level = 1
        while end < chars.count && level > 0 {
          if chars[end] == "/" && end + 1 < chars.count && chars[end + 1] == "*" {
            level += 1
            end += 2
          } else if chars[end] == "*" && end + 1 < chars.count && chars[end + 1] == "/" {
            level -= 1
            end += 2
          } else {
            end += 1
          }
        }
        emit(.comment, end)
      } else if c == "\"" || (c == "#" && next == "\"") {
        emit(.string, stringEnd(chars, from: i))
      } else if let ascii = c.asciiValue, (0x30...0x39).contains(ascii) {
        var end = i + 1
        while end < chars.count {
          let d = chars[end]
          if d.isHexDigit || d == "_" || d == "x" || d == "o" || d == "b" || d == "p" {
            end += 1
          } else if d == "." && end + 1 < chars.count && chars[end + 1].isNumber {
            end += 1
          } else if (d == "-" || d == "+") && (chars[end - 1] == "e" || chars[end - 1] == "p") {
            end += 1
          } else {
            break
          }
        }
        emit(.number, end)
      } else if c == "@" || (c == "#" && (next.map(isIdentifierCharacter) ?? false)) {
        var end = i + 1
        while end < chars.count && isIdentifierCharacter(chars[end]) { end += 1 }
        emit(c == "@" ? .attribute : .keyword, end)
      } else if c == "`" || (isIdentifierCharacter(c) && !c.isNumber) {
        var end = i + 1
        while end < chars.count
          && (isIdentifierCharacter(chars[end]) || (c == "`" && chars[end] == "`"))
        {
          end += 1
        }
        let word = String(chars[i..<end])
        let previous = i > 0 ? chars[i - 1] : " "
        if keywords.contains(word) && previous != "." {
          emit(.keyword, end)
        } else if c.isUppercase {
          emit(.type, end)
        } else {
          emit(.plain, end)
        }
      } else {
        emit(.plain, i + 1)
      }
    }
    return tokens
  }

  /// A letter, digit or `_`.
  private static func isIdentifierCharacter(_ character: Character) -> Bool {
    character == "_" || character.isLetter || character.isNumber
  }

  /// The index after the string literal starting at `start` (`"…"`, `"""…"""`, `#"…"#`).
  private static func stringEnd(_ chars: [Character], from start: Int) -> Int {
    var i = start
    var hashes = 0
    while i < chars.count && chars[i] == "#" {
      hashes += 1
      i += 1
    }
    let isMultiline =
      i + 2 < chars.count && chars[i] == "\"" && chars[i + 1] == "\"" && chars[i + 2] == "\""
    i += isMultiline ? 3 : 1
    let closing = (isMultiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
    let close = Array(closing)
    while i < chars.count {
      if chars[i] == "\\" && hashes == 0 {
        i += 2
        continue
      }
      if chars[i] == "\n" && !isMultiline { return i }
      if chars[i] == close[0] && i + close.count <= chars.count
        && Array(chars[i..<(i + close.count)]) == close
      {
        return i + close.count
      }
      i += 1
    }
    return chars.count
  }

  /// The terminal style of a token kind.
  static func style(of kind: Kind) -> TextStyle {
    switch kind {
    case .keyword: TextStyle(bold: true, color: .magenta)
    case .type: TextStyle(color: .cyan)
    case .string: TextStyle(color: .red)
    case .number: TextStyle(color: .yellow)
    case .comment: TextStyle(italic: true, color: .gray)
    case .attribute: TextStyle(color: .green)
    case .plain: .plain
    }
  }

  /// `source` as styled lines (one per source line), tabs expanded to 4-column stops.
  static func highlightedLines(_ source: String, language: String) -> [[Span]] {
    let tokens: [Token] =
      language == "swift" ? Self.tokens(source) : [Token(kind: .plain, text: source)]
    var lines: [[Span]] = [[]]
    var column = 0
    for token in tokens {
      let style = style(of: token.kind)
      var pieces = token.text.split(separator: "\n", omittingEmptySubsequences: false)
        .makeIterator()
      var first = true
      while let piece = pieces.next() {
        if !first {
          lines.append([])
          column = 0
        }
        first = false
        guard !piece.isEmpty else { continue }
        var text = String(piece)
        if text.contains("\t") {
          var expanded = ""
          for character in text {
            if character == "\t" {
              let spaces = 4 - (column + DisplayWidth.of(expanded)) % 4
              expanded += String(repeating: " ", count: spaces)
            } else {
              expanded.append(character)
            }
          }
          text = expanded
        }
        let span = Span(text, style)
        column += span.width
        lines[lines.count - 1].append(span)
      }
    }
    return lines
  }
}
