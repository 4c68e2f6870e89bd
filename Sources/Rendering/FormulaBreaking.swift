/// A displayed formula too wide for the terminal, broken into lines as typeset maths is:
/// before a relation or binary operator outside brackets (`=`, `+`, `−`, `·`, …), the
/// operator starting the next line, which is indented.
///
/// ```text
/// L = −(1/T) Σₜ ln softmax(zₜ)ₓₜ₊₁
///       + λ ‖W‖²
/// ```
///
/// Lines are broken only at spaces, so no name or number is ever split. A piece that still does
/// not fit is broken at its other spaces outside brackets, then at any space; a single token
/// wider than the line is cut, ending in `»`.
enum FormulaBreaking {
  /// What operators a line may break before (they are written with a space on each side).
  static let operators: Set<Character> = [
    "=", "+", "−", "-", "·", "×", "≤", "≥", "≈", "<", ">", "→", "⇒", "≠", "∝", "∈", "≡", "⊙",
  ]
  static let opening: Set<Character> = ["(", "[", "{", "⟨", "⌊", "⌈"]
  static let closing: Set<Character> = [")", "]", "}", "⟩", "⌋", "⌉"]

  /// `line` in lines of at most `width` columns; the lines after the first start with
  /// `indent` spaces. Wide gaps between formulas (`\quad`) are broken first, then operators.
  static func lines(_ line: String, width: Int, indent: Int = 4) -> [String] {
    guard DisplayWidth.of(line) > width else { return [line] }
    let indent = min(indent, max(0, width / 4))
    var result: [String] = []
    var current = ""
    for segment in segments(line) {
      let room = width - (result.isEmpty ? 0 : indent)
      if current.isEmpty || DisplayWidth.of(current) + 3 + DisplayWidth.of(segment) <= room {
        current += (current.isEmpty ? "" : "   ") + segment
        continue
      }
      result += byOperators(current, firstRoom: room, laterRoom: width - indent)
      current = segment
    }
    result += byOperators(
      current, firstRoom: width - (result.isEmpty ? 0 : indent), laterRoom: width - indent)
    let pad = String(repeating: " ", count: indent)
    return result.enumerated().map { $0.offset == 0 ? $0.element : pad + $0.element }
  }

  /// `text` in lines, the first of `firstRoom` columns and the others of `laterRoom`, broken
  /// before operators outside brackets.
  private static func byOperators(_ text: String, firstRoom: Int, laterRoom: Int) -> [String] {
    guard DisplayWidth.of(text) > firstRoom else { return [text] }
    var result: [String] = []
    var current = ""
    for piece in pieces(text, breakingBefore: { operators.contains($0) }) {
      let room = result.isEmpty ? firstRoom : laterRoom
      if current.isEmpty || DisplayWidth.of(current) + 1 + DisplayWidth.of(piece) <= room {
        current += (current.isEmpty ? "" : " ") + piece
        continue
      }
      result += fitted(current, room: room)
      current = piece
    }
    result += fitted(current, room: result.isEmpty ? firstRoom : laterRoom)
    return result
  }

  /// The formulas of `line` that a run of two spaces or more, outside brackets, separates.
  static func segments(_ line: String) -> [String] {
    var segments: [String] = []
    var current = ""
    var depth = 0
    var spaces = 0
    for character in line {
      if character == " " {
        spaces += 1
        continue
      }
      if spaces > 0 {
        if spaces >= 2 && depth == 0 && !current.isEmpty {
          segments.append(current)
          current = ""
        } else if !current.isEmpty {
          current += String(repeating: " ", count: spaces)
        }
        spaces = 0
      }
      if opening.contains(character) { depth += 1 }
      if closing.contains(character) { depth = max(0, depth - 1) }
      current.append(character)
    }
    if !current.isEmpty { segments.append(current) }
    return segments
  }

  /// `text` as it is when it fits in `room` columns, else broken at its spaces outside
  /// brackets, then at any space, then cut.
  private static func fitted(_ text: String, room: Int) -> [String] {
    guard DisplayWidth.of(text) > room else { return [text] }
    var lines: [String] = []
    var current = ""
    let outside = pieces(text, breakingBefore: { _ in true })
    let words = outside.count > 1 ? outside : text.split(separator: " ").map(String.init)
    for word in words {
      if current.isEmpty || DisplayWidth.of(current) + 1 + DisplayWidth.of(word) <= room {
        current += (current.isEmpty ? "" : " ") + word
      } else {
        lines.append(current)
        current = word
      }
    }
    lines.append(current)
    return lines.flatMap { line in
      guard DisplayWidth.of(line) > room else { return [line] }
      if line.contains(" ") && words.count == outside.count {
        // A piece outside brackets that holds spaces inside them: any space will do.
        return fittedAtAnySpace(line, room: room)
      }
      return [cut(line, to: room)]
    }
  }

  private static func fittedAtAnySpace(_ text: String, room: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if current.isEmpty || DisplayWidth.of(current) + 1 + DisplayWidth.of(word) <= room {
        current += (current.isEmpty ? "" : " ") + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    lines.append(current)
    return lines.map { DisplayWidth.of($0) > room ? cut($0, to: room) : $0 }
  }

  /// `text` cut to `room` columns, ending in `»`.
  static func cut(_ text: String, to room: Int) -> String {
    var result = ""
    var used = 0
    for character in text {
      let width = DisplayWidth.of(character)
      if used + width > room - 1 { break }
      result.append(character)
      used += width
    }
    return result + "»"
  }

  /// The pieces of `line` between the spaces, outside brackets, that come before a character
  /// `breaks` accepts; a piece keeps its inner spaces.
  static func pieces(_ line: String, breakingBefore breaks: (Character) -> Bool) -> [String] {
    var pieces: [String] = []
    var current = ""
    var depth = 0
    var previous: Character = " "
    let characters = Array(line)
    for (index, character) in characters.enumerated() {
      if opening.contains(character) { depth += 1 }
      if closing.contains(character) { depth = max(0, depth - 1) }
      if character == " ", depth == 0, previous != " ", index + 1 < characters.count,
        breaks(characters[index + 1]), !current.isEmpty
      {
        pieces.append(current)
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
  }
}
