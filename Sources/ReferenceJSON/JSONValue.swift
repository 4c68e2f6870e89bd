import Reference

/// A JSON value, as read from `primer ref`'s stdin and written to its stdout.
///
/// Objects keep their keys in order, so results print in the order they are declared.
///
/// Non-finite numbers have no JSON spelling. `primer ref` writes them as the strings
/// `"NaN"`, `"Infinity"` and `"-Infinity"` (the spellings of JavaScript and Python), and accepts
/// those three strings wherever a number is expected. `−0` is written as `-0.0`.
enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  /// A whole number the library computed (a token id, a count); written without a fraction.
  /// Input never holds one: the parser reads every number as `.number`.
  case integer(Int)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a == b || (a.isNaN && b.isNaN)
    case (.integer(let a), .integer(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && Swift.zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  /// A vector as an array of numbers.
  static func vector(_ values: [Double]) -> JSONValue { .array(values.map(JSONValue.number)) }

  /// A matrix as an array of rows.
  static func matrix(_ matrix: Matrix) -> JSONValue { .array(matrix.rowArrays.map(vector)) }

  /// A word for the kind of value, for error messages ("a string", "an array").
  var kindDescription: String {
    switch self {
    case .null: "null"
    case .bool(let value): "the boolean \(value)"
    case .number(let value):
      if let integer = Int(exactly: value), abs(integer) < 1 << 53 {
        "the number \(integer)"
      } else {
        "the number \(JSONValue.format(value))"
      }
    case .integer(let value): "the number \(value)"
    case .string(let value): "the string \"\(value)\""
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// The number this value stands for: a JSON number, or one of the strings `"NaN"`,
  /// `"Infinity"`, `"-Infinity"`; `nil` for anything else.
  var numberValue: Double? {
    switch self {
    case .number(let value): value
    case .integer(let value): Double(value)
    case .string("NaN"): .nan
    case .string("Infinity"): .infinity
    case .string("-Infinity"): -.infinity
    default: nil
    }
  }

  /// The value as compact JSON text on one line.
  var text: String {
    switch self {
    case .null: "null"
    case .bool(let value): value ? "true" : "false"
    case .number(let value):
      value.isFinite ? JSONValue.format(value) : "\"\(JSONValue.format(value))\""
    case .integer(let value): String(value)
    case .string(let value): JSONValue.quote(value)
    case .array(let values): "[" + values.map(\.text).joined(separator: ", ") + "]"
    case .object(let members):
      "{" + members.map { JSONValue.quote($0.key) + ": " + $0.value.text }.joined(separator: ", ")
        + "}"
    }
  }

  /// The shortest decimal that reads back as the same `Double` (`0.1`, `1e-05`, `-0.0`), or
  /// `NaN`, `Infinity`, `-Infinity`.
  static func format(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "Infinity" : "-Infinity" }
    return "\(value)"
  }

  private static func quote(_ string: String) -> String {
    var result = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
