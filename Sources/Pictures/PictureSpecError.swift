/// A problem in a `plot` block's `key: value` lines, with the key and what it should hold.
///
/// `primer lint` reports each one at the block's line; the terminal shows the first one in
/// place of the picture.
public enum PictureSpecError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No `kind:` line (and the block's argument is not a kind either).
  case missingKind
  /// `kind:` names no kind of picture.
  case unknownKind(String)
  /// A key the picture needs is absent; `example` is a line that would do.
  case missingKey(String, kind: PictureSpec.Kind?, example: String)
  /// A key this kind of picture does not read.
  case unknownKey(String, kind: PictureSpec.Kind)
  /// The same key written twice.
  case duplicateKey(String)
  /// A value that cannot be used; `expected` says what would be.
  case badValue(key: String, value: String, expected: String)

  public var description: String {
    switch self {
    case .missingKind:
      return "plot has no `kind:` line; add one, e.g. `kind: functions` (kinds: \(Self.kinds))"
    case .unknownKind(let kind):
      return "unknown plot kind `\(kind)`; kinds are \(Self.kinds)"
    case .missingKey(let key, let kind, let example):
      let what = kind.map { "a \($0.rawValue) plot" } ?? "a plot"
      return "\(what) needs a `\(key):` line, e.g. `\(example)`"
    case .unknownKey(let key, let kind):
      let keys = kind.keys.map { "`\($0)`" }.joined(separator: ", ")
      return "unknown key `\(key)` in a \(kind.rawValue) plot; its keys are \(keys)"
    case .duplicateKey(let key):
      return "`\(key):` is written twice in the plot; keep one"
    case .badValue(let key, let value, let expected) where value.isEmpty:
      return "`\(key):` has no value: expected \(expected)"
    case .badValue(let key, let value, let expected):
      return "`\(key): \(value)` cannot be used: expected \(expected)"
    }
  }

  private static var kinds: String {
    PictureSpec.Kind.allCases.map(\.rawValue).joined(separator: ", ")
  }
}
