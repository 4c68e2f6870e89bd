import Base

/// A lint warning: a paragraph whose formulas have lettered subscripts a terminal shows as
/// Unicode (`$d_k$` as dₖ) beside ones it cannot (`$t_q$` stays t_q: Unicode has no subscript
/// q, nor any capital). Side by side they read as two notations, `t_q` by `tₖ`; the paragraph
/// should use one.
enum SubscriptStyles {
  /// What Unicode has a subscript form of: digits, `+ − = ( )`, the lower-case letters
  /// a e h i j k l m n o p r s t u v x, and β γ ρ φ χ.
  static let unicodeSubscripts: Set<Character> = Set("0123456789+-−=()aehijklmnoprstuvxβγρφϕχ")

  /// The warnings for `lesson`, whose file holds `source`: one per paragraph that mixes both.
  static func problems(in lesson: Lesson, source: String) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var searchedFrom = source.startIndex
    func check(_ inlines: [Inline]) {
      var shown: [String] = []  // subscripts with a Unicode form, as written
      var kept: [String] = []  // subscripts without one
      var first: String?
      for case .math(let tex, false) in inlines.flatMapInlines {
        // Numbered subscripts are a sequence's (z₁ … z_c), not a second notation: only
        // subscripts with a letter count.
        for script in subscripts(of: TeXParser.parse(tex).node)
        where script.contains(where: \.isLetter) {
          if script.allSatisfy(unicodeSubscripts.contains) {
            shown.append(script)
          } else {
            kept.append(script)
            first = first ?? tex
          }
        }
      }
      guard let example = kept.first, let other = shown.first, let first else { return }
      // Paragraphs carry no location: the formula is found in the file, after the last one.
      var location = SourceLocation(line: 1, column: 1)
      if let range = source[searchedFrom...].firstRange(of: "$" + first + "$") {
        searchedFrom = range.upperBound
        let before = source[..<range.lowerBound]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column = before.reversed().prefix { $0 != "\n" }.count + 1
        location = SourceLocation(line: line, column: column)
      }
      diagnostics.append(
        Diagnostic(
          path: lesson.path, location: location, severity: .warning,
          message:
            "this paragraph mixes subscripts a terminal shows as Unicode (`_\(other)`) with "
            + "subscripts it cannot (`_\(example)` stays `_\(example)`); use one style in a "
            + "paragraph, e.g. rename the variable, or put all of them in `code`"))
    }
    func walk(_ blocks: [Block]) {
      for block in blocks {
        switch block {
        case .paragraph(let inlines): check(inlines)
        case .list(let list): list.items.forEach(walk)
        case .blockQuote(let children): walk(children)
        default: continue
        }
      }
    }
    walk(lesson.blocks)
    return diagnostics
  }

  /// The text of each subscript in `node` that is plain text (letters, digits, signs);
  /// a subscript holding a fraction or another script is left out, and so are the limits of
  /// a sum or product (`∑ᵢ` is read as a limit, not as a name).
  static func subscripts(of node: MathNode) -> [String] {
    switch node {
    case .scripts(let base, let sub, let sup):
      var found = subscripts(of: base) + (sup.map(subscripts(of:)) ?? [])
      if let sub {
        if let text = plainText(sub) { found.append(text) } else { found += subscripts(of: sub) }
      }
      return found
    case .row(let children): return children.flatMap(subscripts(of:))
    case .fraction(let numerator, let denominator):
      return subscripts(of: numerator) + subscripts(of: denominator)
    case .root(let radicand, let index):
      return subscripts(of: radicand) + (index.map(subscripts(of:)) ?? [])
    case .fenced(_, let body, _), .accent(let body, _), .styled(let body, _):
      return subscripts(of: body)
    case .table(let rows, _): return rows.joined().flatMap(subscripts(of:))
    default: return []
    }
  }

  private static func plainText(_ node: MathNode) -> String? {
    switch node {
    case .identifier(let text), .number(let text), .operator(let text): return text
    case .row(let children):
      let parts = children.map(plainText)
      return parts.contains(nil) ? nil : parts.compactMap { $0 }.joined()
    default: return nil
    }
  }
}

extension [Inline] {
  /// These inlines and every inline inside them, in order.
  fileprivate var flatMapInlines: [Inline] {
    flatMap { inline -> [Inline] in
      switch inline {
      case .emphasis(let children), .strong(let children): [inline] + children.flatMapInlines
      case .link(_, _, let content): [inline] + content.flatMapInlines
      default: [inline]
      }
    }
  }
}
