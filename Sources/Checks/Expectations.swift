public import PrimerKit

/// The assertions a `checks` block uses. Each returns normally when the expectation holds
/// and throws a ``CheckFailure`` whose message says what differs, where, and what to try.

/// Expects `actual` to be element-wise close to `expected`:
/// `|actual − expected| ≤ atol + rtol·|expected|` for every element (numpy's `isclose`).
///
/// The defaults are numpy's (`rtol` 1e-5, `atol` 1e-8). Shapes must agree first.
///
/// - Parameter name: the output's name, for an example that checks several outputs one by
///   one (`try expectClose(r.keys, expectedKeys, named: "keys")`): the message then begins
///   `` `keys`: `` so the learner knows which output is off.
/// - Throws: ``CheckFailure`` naming the shape mismatch, where NaN or ∞ first appears, or the
///   worst element with its expected and actual values and errors, and how many are off.
public func expectClose<T: CheckOutput>(
  _ actual: T, _ expected: T, rtol: Double = 1e-5, atol: Double = 1e-8, named name: String? = nil
) throws(CheckFailure) {
  precondition(rtol >= 0 && atol >= 0, "expectClose: tolerances must not be negative")
  if let message = Closeness.mismatch(actual: actual, expected: expected, rtol: rtol, atol: atol) {
    throw CheckFailure(outputNamed(name, message))
  }
}

/// `message` prefixed with `` `name`: `` when a name is given.
private func outputNamed(_ name: String?, _ message: String) -> String {
  guard let name, !name.isEmpty else { return message }
  return "`\(name)`: " + message
}

/// Expects `matrix` to have shape `shape` (`[rows, columns]`).
///
/// - Throws: ``CheckFailure`` such as "returned shape [3, 2]; expected [2, 3]. That is the
///   expected shape transposed: …".
///
/// - Parameter name: the output's name, as for ``expectClose(_:_:rtol:atol:named:)``.
public func expectShape(_ matrix: Matrix, _ shape: [Int], named name: String? = nil)
  throws(CheckFailure)
{
  if let message = Closeness.shapeMismatch(actual: matrix.shape, expected: shape) {
    throw CheckFailure(outputNamed(name, message))
  }
}

/// Expects `actual == expected`, for exact values (counts, indices, shapes, flags).
///
/// - Throws: ``CheckFailure`` "expected E, got A."
public func expectEqual<T: Equatable>(_ actual: T, _ expected: T) throws(CheckFailure) {
  if actual != expected {
    throw CheckFailure("expected \(expected), got \(actual).")
  }
}

/// Expects `condition` to hold.
///
/// - Parameter message: what is wrong when it does not, written for the learner.
/// - Throws: ``CheckFailure`` with `message`.
public func expectTrue(_ condition: Bool, _ message: @autoclosure () -> String) throws(CheckFailure)
{
  if !condition { throw CheckFailure(message()) }
}

/// Expects every element of `value` to be finite (no NaN, no ∞).
///
/// - Throws: ``CheckFailure`` saying where NaN or ∞ first appears.
public func expectFinite<T: CheckOutput>(_ value: T) throws(CheckFailure) {
  for part in value.outputParts {
    guard let index = part.values.firstIndex(where: { !$0.isFinite }) else { continue }
    let what = part.values[index].isNaN ? "NaN" : CheckText.format(part.values[index])
    let place = part.shape.isEmpty ? "" : " at \(part.position(of: index))"
    let name = part.name.isEmpty ? "" : "`\(part.name)`: "
    throw CheckFailure(
      "\(name)\(what) first appears\(place): look for a division by zero, the log of 0 or of a "
        + "negative number, or exp of a large number.")
  }
}

/// A number for a message a check writes itself (a loss, a threshold): four significant
/// digits, or more when that is needed to tell it from `other` (the value it is compared
/// with), never the 16 of Swift's `\(value)`.
///
/// ```swift
/// "the loss is \(numberText(loss, beside: bound)), not below \(numberText(bound, beside: loss))"
/// ```
public func numberText(_ value: Double, beside other: Double? = nil) -> String {
  guard let other else { return CheckText.short(value) }
  return CheckText.short(value, beside: other)
}
