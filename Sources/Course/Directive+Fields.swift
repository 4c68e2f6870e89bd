extension Directive {
  /// The body read as `key: value` lines (used by `exercise` and `plot`). Blank lines and
  /// lines starting with `#` are skipped; malformed lines are returned in `malformed` with
  /// their 0-based line offset in the body.
  public var fields: (values: [Attribute], malformed: [(offset: Int, line: String)]) {
    var values: [Attribute] = []
    var malformed: [(offset: Int, line: String)] = []
    for (offset, rawLine) in body.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      Self.readField(rawLine, offset: offset, into: &values, malformed: &malformed)
    }
    return (values, malformed)
  }

  /// Reads one body line as `key: value`.
  private static func readField(
    _ rawLine: Substring, offset: Int, into values: inout [Attribute],
    malformed: inout [(offset: Int, line: String)]
  ) {
    let line = rawLine.trimmingWhitespace()
    if line.isEmpty || line.hasPrefix("#") { return }
    guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else {
      malformed.append((offset, String(line)))
      return
    }
    let key = line[..<colon].trimmingWhitespace()
    let value = line[line.index(after: colon)...].trimmingWhitespace()
    if key.contains(where: { $0 == " " }) {
      malformed.append((offset, String(line)))
      return
    }
    values.append(Attribute(key: String(key), value: String(value)))
  }
}
