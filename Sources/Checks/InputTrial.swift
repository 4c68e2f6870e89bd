/// One trial of a compare check: which shapes and magnitudes its random draws take.
///
/// A compare check runs its body once per trial of a schedule (``schedule(extremes:)``), so
/// one check meets one row, one column, an odd width, a batch of several rows, inputs ten
/// times larger and ten times smaller than drawn, and, when the check asks for them
/// (``Extremes``), values that break code written without the lesson's stability tricks.
/// The body does not change: ``RandomInputs`` steers its `size()`, `oddShape()`, `normal`,
/// `vector` and `number` draws.
public struct InputTrial: Sendable, Equatable {
  /// What a trial does to the draws.
  public enum Kind: String, Sendable, CaseIterable {
    /// The first size drawn is the smallest choice (one row); `oddShape()` gives one row.
    case oneRow = "one row"
    /// The second size drawn is the smallest choice and the first the largest (one column);
    /// `oddShape()` gives one column.
    case oneColumn = "one column"
    /// Every size drawn is the largest odd choice; `oddShape()` gives 3 × 7.
    case oddWidth = "odd width"
    /// The first size drawn is the largest choice (a batch of several rows).
    case batch = "a batch of rows"
    /// Normal draws ten times their scale.
    case tenfold = "inputs ×10"
    /// Normal draws a tenth of their scale.
    case tenth = "inputs ×0.1"
    /// Draws as the body asks.
    case plain = "random"
    /// Normal draws a thousand times their scale: logits of ±1000 (``Extremes/largeValues``).
    /// Like the other extremes, its first size drawn is the largest (a batch).
    case largeValues = "values near ±1000"
    /// Every other row of a normal matrix, and every vector, shifted by −1000
    /// (``Extremes/veryNegativeRows``).
    case veryNegativeRows = "rows of only very negative values"
    /// Every third element of normal draws, and every `number()`, exactly 0
    /// (``Extremes/zeros``): the boundary of ReLU and of every `x > 0` test.
    case zeros = "exact zeros"
  }

  public var kind: Kind
  /// The trial's position in its schedule, from 0.
  public var index: Int

  public init(_ kind: Kind, index: Int) {
    self.kind = kind
    self.index = index
  }

  /// The extreme inputs a compare check adds to its schedule, one trial each: for lessons
  /// that teach numerical stability or a boundary.
  public struct Extremes: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Normal draws near ±1000: `exp` overflows without the max shift.
    public static let largeValues = Extremes(rawValue: 1)
    /// Rows of only very negative values: `exp` underflows to 0 in every column without the
    /// shift by the row's own maximum.
    public static let veryNegativeRows = Extremes(rawValue: 2)
    /// Exact zeros among the inputs: ReLU's kink, a threshold's boundary.
    public static let zeros = Extremes(rawValue: 4)
    /// What a lesson on stable softmax, log-sum-exp or attention teaches.
    public static let stability: Extremes = [.largeValues, .veryNegativeRows]
  }

  /// The trials every compare check runs: one row, one column, an odd width, a batch,
  /// inputs ×10 and ×0.1, two as drawn, then one per extreme asked for.
  public static func schedule(extremes: Extremes = []) -> [InputTrial] {
    var kinds: [Kind] = [.oneRow, .oneColumn, .oddWidth, .batch, .tenfold, .tenth, .plain, .plain]
    if extremes.contains(.largeValues) { kinds.append(.largeValues) }
    if extremes.contains(.veryNegativeRows) { kinds.append(.veryNegativeRows) }
    if extremes.contains(.zeros) { kinds.append(.zeros) }
    return kinds.enumerated().map { InputTrial($1, index: $0) }
  }

  /// The size the `draw`-th `size(from:)` call of this trial takes from `choices`, or `nil`
  /// to draw one at random.
  func size(draw: Int, from choices: [Int]) -> Int? {
    let smallest = choices.min()!
    let largest = choices.max()!
    switch kind {
    case .oneRow: return draw == 0 ? smallest : nil
    case .oneColumn: return draw == 0 ? largest : draw == 1 ? smallest : nil
    case .oddWidth: return choices.filter { $0 % 2 == 1 }.max() ?? largest
    // Extremes come in a batch, so that a row of ordinary values sits beside the extreme ones.
    case .batch, .largeValues, .veryNegativeRows, .zeros: return draw == 0 ? largest : nil
    default: return nil
    }
  }

  /// How much normal draws are scaled.
  var scale: Double {
    switch kind {
    case .tenfold: 10
    case .tenth: 0.1
    case .largeValues: 1000
    default: 1
    }
  }
}
