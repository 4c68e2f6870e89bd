/// Turns lesson Markdown into a `Lesson` and the problems found on the way.
///
/// Parsing never fails: a malformed lesson still yields a best-effort `Lesson` (so a reader
/// can see it) together with diagnostics (so `primer lint` can report them).
public enum LessonParser {
  public struct Result: Sendable {
    public var lesson: Lesson
    public var diagnostics: [Diagnostic]
  }

  /// Languages a plain, displayed code block may use. Anything else is an unknown block kind.
  public static let codeLanguages: Set<String> = [
    "", "swift", "text", "plain", "console", "shell", "sh", "bash", "python", "json", "diagram",
    "output", "c", "markdown",
  ]

  /// Parses the lesson file at `path`, whose contents are `bytes`.
  ///
  /// A file that is not UTF-8 gives an empty lesson and one error naming the byte where
  /// decoding failed.
  public static func parse(fileAt path: String, bytes: [UInt8], checkingMath: Bool = true) -> Result
  {
    guard let (offset, location) = firstInvalidByte(bytes) else {
      return parse(String(decoding: bytes, as: UTF8.self), path: path, checkingMath: checkingMath)
    }
    return Result(
      lesson: Lesson(metadata: fallbackMetadata(path: path), blocks: [], path: path),
      diagnostics: [
        Diagnostic(
          path: path, location: location,
          message: "the file is not valid UTF-8 (byte \(offset)); save it as UTF-8")
      ])
  }

  /// Where the first byte that is not part of valid UTF-8 is, as an offset and a line and
  /// column (in scalars); nil when all of `bytes` are valid.
  static func firstInvalidByte(_ bytes: [UInt8]) -> (offset: Int, location: SourceLocation)? {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    var line = 1
    var column = 1
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        return nil
      case .error:
        return (offset, SourceLocation(line: line, column: column))
      }
    }
  }

  /// Parses lesson Markdown. `path` is used for diagnostics and as the fallback id.
  ///
  /// - Parameter checkingMath: whether to parse every formula's TeX and report its problems
  ///   (lint wants it; reading a lesson does not, and saves the time).
  public static func parse(_ source: String, path: String, checkingMath: Bool = true) -> Result {
    var diagnostics: [Diagnostic] = []
    func report(
      _ location: SourceLocation, _ message: String, _ severity: Diagnostic.Severity = .error
    ) {
      diagnostics.append(
        Diagnostic(path: path, location: location, severity: severity, message: message))
    }

    let source = source.replacingCarriageReturns()
    if source.allSatisfy(\.isWhitespace) {
      report(
        SourceLocation(line: 1, column: 1),
        "the lesson is empty; start it with a front matter block (see Docs/lesson-format.md)")
    }
    for (location, message) in brokenFences(source) { report(location, message) }
    let frontMatter = FrontMatter(source)
    for (location, message) in frontMatter.problems { report(location, message) }
    let math = MathExtraction(frontMatter.body)
    for (location, message) in math.problems { report(location, message) }
    for formula in math.formulas where checkingMath {
      for problem in TeXParser.problems(in: formula.tex) {
        report(
          math.location(of: formula),
          "in the formula `\(formula.tex.prefix(40))`: \(problem.message)")
      }
    }
    let markdown = CommonMark.parse(math.text)
    if let location = markdown.flattened {
      report(
        location,
        "lists or quotes nest deeper than \(CommonMark.maximumDepth) levels; deeper levels are flattened",
        .warning)
    }
    var builder = LessonBuilder(formulas: math.formulas)
    let blocks = markdown.blocks.map { builder.rebuild($0, topLevel: true) }
    for (location, message) in builder.problems { report(location, message) }

    var metadata = fallbackMetadata(path: path)
    if !frontMatter.isPresent && frontMatter.problems.isEmpty {
      report(
        SourceLocation(line: 1, column: 1),
        "missing front matter: start the lesson with `---`, `id:`, `title:`, `order:`, `summary:` lines and `---`"
      )
    }
    if let title = blocks.lazy.compactMap({ block -> String? in
      if case .heading(let heading) = block, heading.level == 1 { return heading.content.plainText }
      return nil
    }).first {
      metadata.title = title
    }
    if frontMatter.isPresent { frontMatter.apply(to: &metadata) { report($0, $1) } }
    let (_, exerciseProblems) = Exercise.collect(from: blocks, lessonID: metadata.id)
    for (location, message) in exerciseProblems { report(location, message) }
    for (location, message) in Cell.collect(from: blocks).problems { report(location, message) }
    diagnostics.sort()
    return Result(
      lesson: Lesson(metadata: metadata, blocks: blocks, path: path), diagnostics: diagnostics)
  }

  /// Lines that look like a Primer block's opening fence but are not one, because CommonMark
  /// forbids a backtick in a backtick fence's info string: the block would silently become text.
  static func brokenFences(_ source: String) -> [(SourceLocation, String)] {
    var problems: [(SourceLocation, String)] = []
    // Split at line-feed bytes (a line feed is always a character of its own); only the start
    // of each line is read as characters.
    for (index, bytes) in source.utf8.split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
    ).enumerated() {
      var rest = Substring(bytes).drop { $0 == " " || $0 == ">" }
      let fence = rest.prefix { $0 == "`" }
      guard fence.count >= 3 else { continue }
      rest = rest.dropFirst(fence.count)
      guard rest.contains("`") else { continue }
      let word = String(rest.prefix { $0 != " " && $0 != "`" })
      guard Directive.Kind(rawValue: word) != nil else { continue }
      problems.append(
        (
          SourceLocation(line: index + 1, column: 1),
          "the ```\(word) line holds a backtick, so CommonMark does not read it as a fence and the block shows as text; remove the backticks (write code names plainly in message=\"…\")"
        ))
    }
    return problems
  }

  static func fallbackMetadata(path: String) -> Metadata {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    var stem = file.hasSuffix(".md") ? String(file.dropLast(3)) : file
    var order = Int.max
    if let dash = stem.firstIndex(where: { !$0.isNumber }), dash != stem.startIndex,
      let number = Int(stem[..<dash])
    {
      order = number
      stem = String(stem[dash...].drop { $0 == "-" || $0 == "_" })
    }
    return Metadata(id: stem.lowercased(), title: stem, order: order, summary: "")
  }
}

extension String {
  /// The string with each CR LF pair made a line feed.
  func replacingCarriageReturns() -> String {
    guard utf8.contains(UInt8(ascii: "\r")) else { return self }
    return split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
  }
}
