/// Why `primer ref` could not answer a request.
///
/// Each case carries the facts; `description` is the one line printed on stderr.
public enum ReferenceError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No function has this name; `suggestion` is the closest name, if one is close.
  case unknownFunction(name: String, suggestion: String?)
  /// stdin held nothing but whitespace.
  case emptyInput(function: String, expected: String)
  /// stdin was not JSON: `message` says what was wrong at byte `offset`.
  case invalidJSON(function: String, message: String, offset: Int, expected: String)
  /// stdin was JSON but not an object (`found` describes it).
  case notAnObject(function: String, found: String, expected: String)
  /// A required argument is absent.
  case missingArgument(function: String, argument: String, expected: String)
  /// An argument the function does not take.
  case unexpectedArgument(
    function: String, argument: String, suggestion: String?, accepted: [String])
  /// The value at `location` (`x`, `x[0][1]`) is not what the declaration asks for.
  case invalidValue(function: String, location: String, found: String, expected: String)
  /// Row `row` of a matrix has `length` elements where row 0 has `firstLength`.
  case raggedRows(function: String, argument: String, row: Int, length: Int, firstLength: Int)
  /// A well-formed matrix or vector whose shape does not fit the others.
  case wrongShape(function: String, argument: String, found: [Int], expected: String)

  public var description: String {
    switch self {
    case .unknownFunction(let name, let suggestion):
      let hint = suggestion.map { "did you mean `\($0)`? " } ?? ""
      return "primer ref: no function named `\(name)`; \(hint)`primer ref --list` lists them all."
    case .emptyInput(let function, let expected):
      return "primer ref \(function): stdin is empty; expected one JSON object {\(expected)}."
    case .invalidJSON(let function, let message, let offset, let expected):
      return "primer ref \(function): stdin is not valid JSON (\(message) at byte \(offset));"
        + " expected one JSON object {\(expected)}."
    case .notAnObject(let function, let found, let expected):
      return "primer ref \(function): stdin holds \(found); expected one JSON object {\(expected)}."
    case .missingArgument(let function, let argument, let expected):
      return "primer ref \(function): missing argument `\(argument)`; expected \(expected)."
    case .unexpectedArgument(let function, let argument, let suggestion, let accepted):
      let hint = suggestion.map { " (did you mean `\($0)`?)" } ?? ""
      let list = accepted.map { "`\($0)`" }.joined(separator: ", ")
      return "primer ref \(function): unexpected argument `\(argument)`\(hint); \(function) takes"
        + " \(list)."
    case .invalidValue(let function, let location, let found, let expected):
      return "primer ref \(function): `\(location)` is \(found); expected \(expected)."
    case .raggedRows(let function, let argument, let row, let length, let firstLength):
      return "primer ref \(function): `\(argument)` has ragged rows: row 0 has \(firstLength)"
        + " numbers, row \(row) has \(length); every row of a matrix needs the same length."
    case .wrongShape(let function, let argument, let found, let expected):
      return "primer ref \(function): `\(argument)` has shape \(found); expected \(expected)."
    }
  }
}
