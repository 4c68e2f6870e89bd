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
  public static var codeLanguages: Set<String> { Set(codeLanguageList) }

  /// `codeLanguages` as the array the parser looks through.
  static let codeLanguageList = [
    "", "swift", "text", "plain", "console", "shell", "sh", "bash", "python", "json", "diagram",
    "output", "c", "markdown",
  ]

  /// Reads and parses the lesson file at `path`.
  ///
  /// A file that cannot be read or is not UTF-8 gives an empty lesson and one error naming
  /// the byte where decoding failed.
  public static func parse(fileAt path: String, bytes: [UInt8], checkingMath: Bool = true) -> Result
  {
    switch UTF8Validation.validate(bytes) {
    case .valid:
      return parse(utf8: bytes, path: path, checkingMath: checkingMath)
    case .invalid(let offset, let line, let column):
      let fallback = fallbackMetadata(path: path)
      return Result(
        lesson: Lesson(metadata: fallback, blocks: [], path: path),
        diagnostics: [
          Diagnostic(
            path: path, location: SourceLocation(line: line, column: column),
            message: "the file is not valid UTF-8 (byte \(offset)); save it as UTF-8")
        ])
    }
  }

  /// The lesson of the file at `path`, without diagnostics: what
  /// `parse(fileAt:bytes:checkingMath: false).lesson` gives (the plain twin a test holds this
  /// to), without the checks whose only result is a diagnostic (fences that are not fences,
  /// exercise blocks out of place). Showing a lesson needs nothing else.
  static func lesson(fileAt path: String, bytes: [UInt8]) -> Lesson {
    guard UTF8Validation.validate(bytes) == .valid else {
      return Lesson(metadata: fallbackMetadata(path: path), blocks: [], path: path)
    }
    return parse(utf8: bytes, path: path, checkingMath: false, diagnosing: false).lesson
  }

  /// Parses lesson Markdown. `path` is used for diagnostics and as the fallback id.
  ///
  /// - Parameter checkingMath: whether to parse every formula's TeX and report its problems
  ///   (lint wants it; reading a lesson does not, and saves the time).
  public static func parse(_ source: String, path: String, checkingMath: Bool = true) -> Result {
    parse(utf8: Array(source.utf8), path: path, checkingMath: checkingMath)
  }

  /// Parses lesson Markdown given as valid UTF-8 bytes: what both `parse` functions do.
  ///
  /// The lesson is read as bytes throughout, and only its front matter decoded as a string:
  /// making a string of it all would validate every byte again.
  ///
  /// - Parameter diagnosing: whether to run the checks that only find problems; without them
  ///   the diagnostics are incomplete, and the lesson the same.
  static func parse(
    utf8 source: [UInt8], path: String, checkingMath: Bool, diagnosing: Bool = true
  ) -> Result {
    var diagnostics: [Diagnostic] = []
    func report(
      _ location: SourceLocation, _ message: String, _ severity: Diagnostic.Severity = .error
    ) {
      diagnostics.append(
        Diagnostic(path: path, location: location, severity: severity, message: message))
    }

    let source = replacingCarriageReturns(source)
    if isBlank(source) {
      report(
        SourceLocation(line: 1, column: 1),
        "the lesson is empty; start it with a front matter block (see Docs/lesson-format.md)")
    }
    if diagnosing {
      for (location, message) in brokenFences(source) { report(location, message) }
    }
    let (frontMatter, body) = FrontMatter.split(source)
    for (location, message) in frontMatter.problems { report(location, message) }
    let math = MathExtraction(utf8: body)
    for (location, message) in math.problems { report(location, message) }
    for formula in math.formulas where checkingMath {
      for problem in TeXParser.problems(in: formula.tex) {
        report(
          math.location(of: formula),
          "in the formula `\(formula.tex.prefix(40))`: \(problem.message)")
      }
    }
    let markdown = blocks(of: math.output, formulas: math.formulas, diagnosing: diagnosing)
    if let location = markdown.flattened {
      report(
        location,
        "lists or quotes nest deeper than \(CommonMark.maximumDepth) levels; deeper levels are flattened",
        .warning)
    }
    for (location, message) in markdown.problems { report(location, message) }
    let blocks = markdown.blocks

    let metadata = resolveMetadata(frontMatter, blocks: blocks, path: path, report: report)
    if diagnosing {
      let (_, exerciseProblems) = Exercise.collect(from: blocks, lessonID: metadata.id)
      for (location, message) in exerciseProblems { report(location, message) }
    }
    diagnostics.sort()
    return Result(
      lesson: Lesson(metadata: metadata, blocks: blocks, path: path), diagnostics: diagnostics)
  }

  /// The lesson blocks of `markdown` (math extraction's output, whose placeholders stand for
  /// `formulas`), the problems found in them, and where nesting was first flattened.
  ///
  /// cmark reads the bytes as they are (no string is made of them), and the builder makes the
  /// lesson's blocks as the walk meets cmark's nodes: the tree is built once.
  /// `blocksRebuilt(of:formulas:)` is the plain twin a test holds this to.
  ///
  /// - Parameter diagnosing: whether to read directive bodies for malformed lines, whose only
  ///   result is a problem.
  static func blocks(
    of markdown: [UInt8], formulas: [MathExtraction.Formula], diagnosing: Bool = true
  ) -> (blocks: [Block], problems: [(SourceLocation, String)], flattened: SourceLocation?) {
    var builder = LessonBuilder(formulas: formulas)
    builder.readsMalformedFields = diagnosing
    let output = markdown.withUnsafeBufferPointer { CommonMark.parse(utf8: $0, rewriter: &builder) }
    return (output.blocks, builder.problems, output.flattened)
  }

  /// `blocks(of:formulas:)` in two passes: cmark's tree made as cmark gives it, then rebuilt
  /// into the lesson's blocks block by block.
  static func blocksRebuilt(of markdown: [UInt8], formulas: [MathExtraction.Formula]) -> (
    blocks: [Block], problems: [(SourceLocation, String)], flattened: SourceLocation?
  ) {
    var plain = CommonMark.Plain()
    let output = markdown.withUnsafeBufferPointer { CommonMark.parse(utf8: $0, rewriter: &plain) }
    var builder = LessonBuilder(formulas: formulas)
    let blocks = output.blocks.map { builder.rebuild($0, topLevel: true) }
    return (blocks, builder.problems, output.flattened)
  }

  /// Lines that look like a Primer block's opening fence but are not one, because CommonMark
  /// forbids a backtick in a backtick fence's info string: the block would silently become text.
  static func brokenFences(_ source: [UInt8]) -> [(SourceLocation, String)] {
    var problems: [(SourceLocation, String)] = []
    var lineNumber = 0
    source.withUnsafeBufferPointer { bytes in
      var lineStart = 0
      while lineStart <= bytes.count {
        let lineEnd = ByteScan.index(of: UInt8(ascii: "\n"), in: bytes, from: lineStart)
        let line = bytes[lineStart..<lineEnd]
        lineStart = lineEnd + 1
        lineNumber += 1
        // Most lines do not start with a backtick after their indentation: ruled out by
        // index, before any slice is taken.
        var first = line.startIndex
        while first < lineEnd
          && (bytes[first] == UInt8(ascii: " ") || bytes[first] == UInt8(ascii: ">"))
        {
          first += 1
        }
        guard first < lineEnd, bytes[first] == UInt8(ascii: "`") else { continue }
        var rest = bytes[first..<lineEnd]
        let fence = rest.prefix { $0 == UInt8(ascii: "`") }
        guard fence.count >= 3 else { continue }
        rest = rest.dropFirst(fence.count)
        guard rest.contains(UInt8(ascii: "`")) else { continue }
        let word = String(
          decoding: rest.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "`") },
          as: UTF8.self)
        guard Directive.Kind(rawValue: word) != nil else { continue }
        problems.append(
          (
            SourceLocation(line: lineNumber, column: 1),
            "the ```\(word) line holds a backtick, so CommonMark does not read it as a fence and the block shows as text; remove the backticks (write code names plainly in message=\"…\")"
          ))
      }
    }
    return problems
  }

  private static func resolveMetadata(
    _ frontMatter: FrontMatter, blocks: [Block], path: String,
    report: (SourceLocation, String, Diagnostic.Severity) -> Void
  ) -> Metadata {
    var metadata = fallbackMetadata(path: path)
    let top = SourceLocation(line: 1, column: 1)
    if !frontMatter.isPresent && frontMatter.problems.isEmpty {
      report(
        top,
        "missing front matter: start the lesson with `---`, `id:`, `title:`, `order:`, `summary:` lines and `---`",
        .error)
    }
    if let title = blocks.lazy.compactMap({ block -> String? in
      if case .heading(let heading) = block, heading.level == 1 { return heading.content.plainText }
      return nil
    }).first {
      metadata.title = title
    }
    guard frontMatter.isPresent else { return metadata }
    for key in FrontMatter.knownKeys where frontMatter.fields[key] == nil {
      report(top, "front matter has no `\(key):` line", .error)
    }
    if let (id, line) = frontMatter.fields["id"] {
      if Exercise.isValidID(id) {
        metadata.id = id
      } else {
        report(
          SourceLocation(line: line, column: 1),
          "lesson id `\(id)` must be lower-case letters, digits and `-`", .error)
      }
    }
    if let (title, _) = frontMatter.fields["title"], !title.isEmpty { metadata.title = title }
    if let (order, line) = frontMatter.fields["order"] {
      if let number = Int(order), number >= 0 {
        metadata.order = number
      } else {
        report(
          SourceLocation(line: line, column: 1),
          "`order: \(order)` must be a whole number (1, 2, …)", .error)
      }
    }
    if let (summary, _) = frontMatter.fields["summary"] { metadata.summary = summary }
    return metadata
  }

  /// `source` (UTF-8) with each CR LF pair made a line feed: `String.replacingCarriageReturns`
  /// on bytes, its plain twin. A CR LF pair is always one character of its own (a character
  /// ends before a CR and after a line feed), so dropping the CR byte of each pair is the same.
  static func replacingCarriageReturns(_ source: [UInt8]) -> [UInt8] {
    guard source.withUnsafeBufferPointer({ ByteScan.contains(UInt8(ascii: "\r"), in: $0) }) else {
      return source
    }
    var result: [UInt8] = []
    result.reserveCapacity(source.count)
    for (index, byte) in source.enumerated()
    where
      !(byte == UInt8(ascii: "\r") && index + 1 < source.count
      && source[index + 1] == UInt8(ascii: "\n"))
    {
      result.append(byte)
    }
    return result
  }

  /// Whether the text of `source` (UTF-8) is white space only, as `allSatisfy(\.isWhitespace)`
  /// says of its string: a visible ASCII character settles it without decoding.
  static func isBlank(_ source: [UInt8]) -> Bool {
    if source.contains(where: { (0x21...0x7E).contains($0) }) { return false }
    return String(decoding: source, as: UTF8.self).allSatisfy(\.isWhitespace)
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
  /// Whether the UTF-8 form of the string holds `byte`: `memchr` over its contiguous storage,
  /// many times faster than going through the UTF-8 view's iterator.
  func containsUTF8(_ byte: UInt8) -> Bool {
    utf8.withContiguousStorageIfAvailable { ByteScan.contains(byte, in: $0) }
      ?? utf8.contains(byte)
  }

  /// Whether every byte of the string's UTF-8 form satisfies `predicate` (scanned like
  /// `containsUTF8`).
  func allUTF8(_ predicate: (UInt8) -> Bool) -> Bool {
    utf8.withContiguousStorageIfAvailable { $0.allSatisfy(predicate) } ?? utf8.allSatisfy(predicate)
  }

  func replacingCarriageReturns() -> String {
    guard containsUTF8(UInt8(ascii: "\r")) else { return self }
    return split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
  }
}
