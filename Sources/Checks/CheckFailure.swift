/// A failed expectation: the message a learner reads under the check's name.
///
/// Thrown by the `expect…` functions; a check that throws any other error fails with that
/// error's description.
public struct CheckFailure: Error, Equatable, CustomStringConvertible {
  /// What was wrong, where, and what to try, in one or two sentences.
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
