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
/// The block is replaced by blank lines before cmark parses the file, so line numbers in
/// diagnostics still match the file.
struct FrontMatter {
  static let knownKeys = ["id", "title", "order", "summary"]

  var fields = Fields()
  /// The source with the front matter lines blanked out.
  var body: String
  var problems: [(SourceLocation, String)] = []
  var isPresent = false

  init(_ source: String) {
    // Only the head of the file is split into lines: a lesson can be megabytes long.
    guard source.hasPrefix("---") else {
      body = source
      return
    }
    // Strings, not substrings: `[String]` is a type the program has made before this runs,
    // `[Substring]` one the runtime would make here (some 15,000 instructions).
    var lines: [String] = []
    var rest = Substring(source)
    var closing: Int?
    while let newline = rest.firstIndex(of: "\n") {
      let line = rest[..<newline]
      lines.append(String(line))
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
      lines.append(String(rest))
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
    // `append(contentsOf:)` of a `Substring` is not generic, where `+` would be: the generic
    // call makes the runtime look up conformances, some 150,000 instructions each.
    body = String(repeating: "\n", count: closing + 1)
    body.append(contentsOf: rest)
  }
}

extension FrontMatter {
  /// The `key: value` lines of a front matter block, by key, with the line each is on.
  ///
  /// A few fields in an array, looked up one by one, rather than a dictionary: a dictionary
  /// of this value type makes the runtime instantiate its type and look up `String: Hashable`
  /// by scanning every conformance record of the binary (some 350,000 instructions).
  struct Fields {
    private struct Entry {
      var key: String
      var value: String
      var line: Int
    }
    private var entries: [Entry] = []

    /// Every field as a dictionary (for tests).
    var byKey: [String: (value: String, line: Int)] {
      var fields: [String: (value: String, line: Int)] = [:]
      for entry in entries { fields[entry.key] = (entry.value, entry.line) }
      return fields
    }

    /// The value of `key` and its line; setting a key given before replaces it.
    subscript(key: String) -> (value: String, line: Int)? {
      get {
        entries.first { $0.key == key }.map { ($0.value, $0.line) }
      }
      set {
        let index = entries.firstIndex { $0.key == key }
        switch (index, newValue) {
        case (let index?, let field?):
          entries[index] = Entry(key: key, value: field.value, line: field.line)
        case (let index?, nil): entries.remove(at: index)
        case (nil, let field?):
          entries.append(Entry(key: key, value: field.value, line: field.line))
        case (nil, nil): break
        }
      }
    }
  }
}
