/// What `primer verify` found for one exercise: that its solution passes, its starter
/// compiles and fails, and each mistake fails and is named as itself.
public struct VerifyReport: Sendable, Equatable {
  /// One thing verified: "solution", "starter", "mistake no-max-shift", "exercise".
  public struct Item: Sendable, Equatable {
    public var subject: String
    public var ok: Bool
    /// What went wrong, or what happened when it went right ("passed 4 checks").
    public var message: String
  }

  public var exercise: String
  public var items: [Item] = []

  public init(exercise: String) {
    self.exercise = exercise
  }

  /// Every item is as it should be.
  public var passed: Bool { items.allSatisfy(\.ok) }

  /// The items that are not, as "subject: message".
  public var problems: [String] {
    items.filter { !$0.ok }.map { "\($0.subject): \($0.message)" }
  }

  mutating func add(_ subject: String, ok: Bool, _ message: String) {
    items.append(Item(subject: subject, ok: ok, message: message))
  }
}
