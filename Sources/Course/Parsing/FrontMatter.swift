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

  var fields: [String: (value: String, line: Int)] = [:]
  /// The source with the front matter lines blanked out.
  var body: String
  var problems: [(SourceLocation, String)] = []
  var isPresent = false

  init(_ source: String) {
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, first.trimmingWhitespace() == "---" else {
      body = source
      return
    }
    guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingWhitespace() == "---" })
    else {
      body = source
      problems.append((SourceLocation(line: 1, column: 1), "front matter opened with `---` is never closed; end it with a `---` line"))
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
        (value.hasPrefix("\"") && value.hasSuffix("\"")) || (value.hasPrefix("'") && value.hasSuffix("'"))
      {
        value = String(value.dropFirst().dropLast())
      }
      if !Self.knownKeys.contains(key) {
        problems.append((location, "unknown front matter key `\(key)`; known keys: \(Self.knownKeys.joined(separator: ", "))"))
      }
      if fields[key] != nil {
        problems.append((location, "front matter key `\(key)` is given twice"))
      }
      fields[key] = (value, index + 1)
    }
    for index in 0...closing { lines[index] = "" }
    body = lines.joined(separator: "\n")
  }
}
