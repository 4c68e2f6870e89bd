/// The metadata block at the top of a lesson file:
///
/// ```
/// ---
/// id: neural-networks
/// title: Neural networks
/// order: 1
/// summary: Neurons, layers and the forward pass.
/// ---
/// ```
///
/// The one reader of front matter: the lesson parser and the lesson index both go through
/// `init(_:)` and `apply(to:report:)`, so a new key is added here alone. The block is replaced
/// by blank lines before cmark parses the file, so line numbers in diagnostics still match
/// the file.
struct FrontMatter {
  static let knownKeys = ["id", "title", "order", "summary"]

  /// Each `key: value` line's value and line number, by key.
  var fields: [String: (value: String, line: Int)] = [:]
  /// The source with the front matter lines blanked out.
  var body: String
  var problems: [(SourceLocation, String)] = []
  var isPresent = false

  init(_ source: String) {
    guard source.hasPrefix("---") else {
      body = source
      return
    }
    // Only the head of the file is split into lines: a lesson can be megabytes long.
    var lines: [Substring] = []
    var rest = Substring(source)
    var closing: Int?
    while let newline = rest.firstIndex(of: "\n") {
      let line = rest[..<newline]
      lines.append(line)
      rest = rest[rest.index(after: newline)...]
      if lines.count > 1 && line.trimmingWhitespace() == "---" {
        closing = lines.count - 1
        break
      }
    }
    guard lines.first?.trimmingWhitespace() == "---" else {
      body = source
      return
    }
    if closing == nil && rest.trimmingWhitespace() == "---" {
      lines.append(rest)
      rest = ""
      closing = lines.count - 1
    }
    guard let closing else {
      body = source
      problems.append(
        (
          SourceLocation(line: 1, column: 1),
          "front matter opened with `---` is never closed; end it with a `---` line"
        ))
      return
    }
    isPresent = true
    for index in 1..<closing {
      let line = lines[index].trimmingWhitespace()
      let location = SourceLocation(line: index + 1, column: 1)
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard let colon = line.firstIndex(of: ":") else {
        problems.append((location, "front matter line is not `key: value`: \(line)"))
        continue
      }
      let key = String(line[..<colon].trimmingWhitespace())
      var value = String(line[line.index(after: colon)...].trimmingWhitespace())
      if value.count >= 2,
        (value.hasPrefix("\"") && value.hasSuffix("\""))
          || (value.hasPrefix("'") && value.hasSuffix("'"))
      {
        value = String(value.dropFirst().dropLast())
      }
      if !Self.knownKeys.contains(key) {
        problems.append(
          (
            location,
            "unknown front matter key `\(key)`; known keys: \(Self.knownKeys.joined(separator: ", "))"
          ))
      }
      if fields[key] != nil {
        problems.append((location, "front matter key `\(key)` is given twice"))
      }
      fields[key] = (value, index + 1)
    }
    // Blank lines keep every later line number as it is in the file.
    body = String(repeating: "\n", count: closing + 1) + rest
  }

  /// Sets what the fields say on `metadata`, reporting a missing key or a value that cannot
  /// be used (which leaves that part of `metadata` as it was).
  func apply(to metadata: inout Metadata, report: (SourceLocation, String) -> Void) {
    for key in Self.knownKeys where fields[key] == nil {
      report(SourceLocation(line: 1, column: 1), "front matter has no `\(key):` line")
    }
    if let (id, line) = fields["id"] {
      if Exercise.isValidID(id) {
        metadata.id = id
      } else {
        report(
          SourceLocation(line: line, column: 1),
          "lesson id `\(id)` must be lower-case letters, digits and `-`")
      }
    }
    if let (title, _) = fields["title"], !title.isEmpty { metadata.title = title }
    if let (order, line) = fields["order"] {
      if let number = Int(order), number >= 0 {
        metadata.order = number
      } else {
        report(
          SourceLocation(line: line, column: 1),
          "`order: \(order)` must be a whole number (1, 2, …)")
      }
    }
    if let (summary, _) = fields["summary"] { metadata.summary = summary }
  }
}
