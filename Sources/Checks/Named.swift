/// Several outputs named by their labels, for a function that returns a labelled tuple:
/// messages then say `` `velocity`: … `` rather than `[1]`.
///
/// ```swift
/// check.compare("random steps") { f, rng in
///   Named(f(rng.normal(2, 3), rng.normal(2, 3)))  // f returns (weight: Matrix, velocity: Matrix)
/// }
/// try expectClose(Named(out), Named((weight: Matrix([[1]]), velocity: Matrix([[2]]))))
/// ```
public struct Named: Parts {
  public var parts: [(String, any CheckOutput)]

  /// The elements of `tuple` that are outputs (a `Matrix`, a `Double`, arrays of them), each
  /// named by its label, or by its position (`0`, `1`, …) when it has none.
  ///
  /// A value that is not a tuple is one unnamed part; elements of other types (an `Int`, a
  /// `String`) are a programming mistake in the check and stop the program.
  public init(_ tuple: Any) {
    if let output = tuple as? any CheckOutput {
      parts = [("", output)]
      return
    }
    let children = Mirror(reflecting: tuple).children
    parts = children.enumerated().map { index, child in
      guard let output = child.value as? any CheckOutput else {
        preconditionFailure(
          "Named: element \(child.label ?? String(index)) is a \(type(of: child.value)), "
            + "not a Matrix, a Double or an array of them")
      }
      let label = child.label.map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }
      return (label ?? String(index), output)
    }
  }

  /// Outputs named explicitly, in this order.
  public init(parts: [(String, any CheckOutput)]) {
    self.parts = parts
  }
}
