/// One small change to a piece of Swift: the kind of change, where, and the changed source.
///
/// A mutant stands for a bug a learner could write; the checks of an exercise should fail
/// on it (*kill* it). A mutant that no check kills shows a bug the checks cannot see, unless
/// it computes the same thing as the original (an *equivalent* mutant).
public struct Mutant: Sendable, Hashable {
  /// What was changed.
  public enum Kind: String, Sendable, CaseIterable {
    /// `+` ↔ `-`, `*` ↔ `/`, and the same in `+=`, `-=`, `*=`, `/=`.
    case arithmetic
    /// `<` ↔ `<=`, `>` ↔ `>=`, `<` ↔ `>`, `==` ↔ `!=`.
    case comparison
    /// A number literal `c` made `0`, `c + 1`, `c - 1` or `2c`.
    case constant
    /// A subscript argument `i` made `i + 1` or `i - 1`.
    case index
    /// The two arguments of a call swapped, labels kept in place.
    case swappedArguments = "swapped-arguments"
    /// An assignment (`=`, `+=`, …) removed.
    case droppedStatement = "dropped-statement"
    /// `rows` ↔ `columns`, `row` ↔ `column`, `rowSums` ↔ `columnSums` in a member access.
    case reductionAxis = "reduction-axis"
  }

  public var kind: Kind
  /// The 1-based line of the change in the original source.
  public var line: Int
  /// The changed line as written, without its indentation.
  public var original: String
  /// The same line after the change, without its indentation; empty when it was removed.
  public var mutated: String
  /// The whole source with the change made.
  public var source: String

  public init(kind: Kind, line: Int, original: String, mutated: String, source: String) {
    self.kind = kind
    self.line = line
    self.original = original
    self.mutated = mutated
    self.source = source
  }
}
