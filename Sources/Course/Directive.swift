/// A Primer block in a lesson, written as a fenced code block whose info string starts with a
/// Primer kind:
///
/// ````markdown
/// ```exercise softmax
/// title: Row-wise softmax
/// ```
/// ````
///
/// The info string is `KIND [ARGUMENT] [key=value …]` (values may be `"quoted"`); the body is
/// the fence's content. What each kind means is documented in `Docs/lesson-format.md`.
public struct Directive: Hashable, Sendable {
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    /// Starts an exercise: the argument is its id, the body holds `key: value` lines.
    case exercise
    /// The Swift code the learner starts from (with a `TODO`).
    case starter
    /// The reference solution, never shown before the learner passes.
    case solution
    /// Swift checks run against the learner's code.
    case checks
    /// A known-wrong variant of the solution; the argument names the mistake.
    case mistake
    /// One hint; an exercise's hints are shown in the order they are written.
    case hint
    /// A picture computed from the reference library; the body holds `key: value` lines.
    case plot
    /// A notebook cell: Swift the reader runs and changes (`primer try`), shown with its
    /// output; `uses=EXERCISE` links that exercise's function (see ``Cell``).
    case run
  }

  public struct Attribute: Hashable, Sendable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
      self.key = key
      self.value = value
    }
  }

  public var kind: Kind
  /// The word after the kind, e.g. the exercise id or the mistake id.
  public var argument: String?
  public var attributes: [Attribute]
  public var body: String
  public var location: SourceLocation

  public init(
    kind: Kind, argument: String?, attributes: [Attribute], body: String, location: SourceLocation
  ) {
    self.kind = kind
    self.argument = argument
    self.attributes = attributes
    self.body = body
    self.location = location
  }

  /// The value of attribute `key` from the info string, if present.
  public func attribute(_ key: String) -> String? {
    attributes.first { $0.key == key }?.value
  }

  /// The value of `key` among the body's `key: value` lines.
  public func field(_ key: String) -> String? {
    fields.values.first { $0.key == key }?.value
  }
}

extension StringProtocol {
  func trimmingWhitespace() -> Substring {
    let scalars = Substring(self)
    guard let first = scalars.firstIndex(where: { !$0.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return scalars[first...last]
  }
}
