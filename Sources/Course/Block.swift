/// A block of a lesson: the unit renderers lay out vertically.
///
/// The cases holding a structure (a heading, a list, code, a directive) are `indirect`; the
/// others are stored in place, so a paragraph is not a box of its own.
public enum Block: Hashable, Sendable {
  indirect case heading(Heading)
  case paragraph([Inline])
  indirect case list(List)
  case blockQuote([Block])
  /// A fenced or indented code block shown to the reader.
  indirect case code(CodeBlock)
  /// A `$$…$$` formula standing on its own.
  case displayMath(String)
  case thematicBreak
  /// Raw HTML from the lesson, kept as text: renderers show it safely or not at all.
  case html(String)
  /// A Primer block (exercise, starter code, checks, hints, plots, …) declared with a fence.
  indirect case directive(Directive)
}

/// A section heading: `#` is level 1 (the lesson title), `##` a section.
public struct Heading: Hashable, Sendable {
  public var level: Int
  public var content: [Inline]
  public var location: SourceLocation

  public init(level: Int, content: [Inline], location: SourceLocation) {
    self.level = level
    self.content = content
    self.location = location
  }

  /// A URL fragment for the heading: lower-case words joined by `-`, as GitHub makes them.
  public var anchor: String {
    var result = ""
    for scalar in content.plainText.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        result.unicodeScalars.append(scalar)
      } else if scalar == " " || scalar == "-" {
        if !result.hasSuffix("-") { result.append("-") }
      }
    }
    return String(
      result.drop(while: { $0 == "-" }).reversed().drop(while: { $0 == "-" }).reversed())
  }
}

/// A bulleted or numbered list.
public struct List: Hashable, Sendable {
  /// The number of the first item of an ordered list; `nil` for a bulleted list.
  public var start: Int?
  /// A tight list has no blank lines between items (render without gaps).
  public var isTight: Bool
  public var items: [[Block]]

  public init(start: Int?, isTight: Bool, items: [[Block]]) {
    self.start = start
    self.isTight = isTight
    self.items = items
  }

  public var isOrdered: Bool { start != nil }
}

/// Code shown to the reader, with the language from its fence (`swift`, `text`, …; empty if none).
public struct CodeBlock: Hashable, Sendable {
  public var language: String
  public var code: String
  public var location: SourceLocation

  public init(language: String, code: String, location: SourceLocation) {
    self.language = language
    self.code = code
    self.location = location
  }
}
