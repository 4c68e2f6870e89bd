/// One message from the compiler: where, how serious, and what.
public struct CompilerDiagnostic: Sendable, Equatable {
  public enum Severity: String, Sendable {
    case error, warning, note, remark
  }

  /// The file as the compiler named it (a full path, or the name a `#sourceLocation` gave).
  public var file: String
  public var line: Int
  public var column: Int
  public var severity: Severity
  public var message: String
  /// The source line the diagnostic points at and a caret under its column, when the grader
  /// had the file (the learner's): `"4 |   let z: Int = \"one\"\n  |                ^"`.
  public var excerpt: String?

  public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
  }

  /// The line `line` of `source` with a caret under `column`, gutter and all; `nil` when the
  /// source has no such line.
  public static func excerpt(of source: String, line: Int, column: Int) -> String? {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    guard line >= 1, line <= lines.count else { return nil }
    let text = String(lines[line - 1]).replacingScalars("\t", with: " ")
    let gutter = String(line)
    let blank = String(repeating: " ", count: gutter.count)
    let caret = String(repeating: " ", count: max(0, column - 1)) + "^"
    return "\(gutter) | \(text)\n\(blank) | \(caret)"
  }

  /// The last component of ``file``: what a learner knows their file by.
  public var fileName: String {
    String(file.split(separator: "/").last ?? Substring(file))
  }

  /// The diagnostics in `log`, printed by `swiftc -diagnostic-style=llvm`.
  ///
  /// Each starts a line as `FILE:LINE:COLUMN: SEVERITY: MESSAGE`; the excerpt and caret lines
  /// after it are skipped.
  public static func parse(_ log: String) -> [CompilerDiagnostic] {
    log.split(separator: "\n").compactMap { line -> CompilerDiagnostic? in
      for severity in [Severity.error, .warning, .note, .remark] {
        guard let marker = line.firstRange(of: ": \(severity.rawValue): ") else { continue }
        let location = line[..<marker.lowerBound].split(
          separator: ":", omittingEmptySubsequences: false)
        guard location.count >= 3, let lineNumber = Int(location[location.count - 2]),
          let column = Int(location[location.count - 1])
        else { continue }
        return CompilerDiagnostic(
          file: location.dropLast(2).joined(separator: ":"), line: lineNumber, column: column,
          severity: severity, message: String(line[marker.upperBound...]))
      }
      return nil
    }
  }
}
