/// One message from the compiler: where, how serious, and what.
public struct Diagnostic: Sendable, Equatable {
  public enum Severity: String, Sendable {
    case error, warning, note, remark
  }

  /// The file as the compiler named it (a full path, or the name a `#sourceLocation` gave).
  public var file: String
  public var line: Int
  public var column: Int
  public var severity: Severity
  public var message: String

  public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
  }

  /// The last component of ``file``: what a learner knows their file by.
  public var fileName: String {
    String(file.split(separator: "/").last ?? Substring(file))
  }

  /// The diagnostics in `log`, printed by `swiftc -diagnostic-style=llvm`.
  ///
  /// Each starts a line as `FILE:LINE:COLUMN: SEVERITY: MESSAGE`; the excerpt and caret lines
  /// after it are skipped.
  public static func parse(_ log: String) -> [Diagnostic] {
    log.split(separator: "\n").compactMap { line -> Diagnostic? in
      for severity in [Severity.error, .warning, .note, .remark] {
        guard let marker = line.firstRange(of: ": \(severity.rawValue): ") else { continue }
        let location = line[..<marker.lowerBound].split(
          separator: ":", omittingEmptySubsequences: false)
        guard location.count >= 3, let lineNumber = Int(location[location.count - 2]),
          let column = Int(location[location.count - 1])
        else { continue }
        return Diagnostic(
          file: location.dropLast(2).joined(separator: ":"), line: lineNumber, column: column,
          severity: severity, message: String(line[marker.upperBound...]))
      }
      return nil
    }
  }
}
