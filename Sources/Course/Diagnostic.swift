/// A problem found in a lesson file, reported as `file:line:column: severity: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Comparable {
  public enum Severity: String, Hashable, Sendable {
    case error
    case warning
  }

  public var path: String
  public var location: SourceLocation
  public var severity: Severity
  public var message: String

  public init(path: String, location: SourceLocation, severity: Severity = .error, message: String) {
    self.path = path
    self.location = location
    self.severity = severity
    self.message = message
  }

  public var description: String {
    "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.path, lhs.location.line, lhs.location.column, lhs.message)
      < (rhs.path, rhs.location.line, rhs.location.column, rhs.message)
  }
}
