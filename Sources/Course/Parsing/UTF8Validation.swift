/// Decodes bytes as UTF-8, or says where decoding fails.
enum UTF8Validation {
  enum Outcome {
    case valid(String)
    case invalid(offset: Int, line: Int, column: Int)
  }

  static func validate(_ bytes: [UInt8]) -> Outcome {
    if let text = String(validating: bytes, as: UTF8.self) { return .valid(text) }
    // Slow path, only for invalid input: find the first bad byte and its line and column.
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var consumed = 0
    var line = 1
    var column = 1
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        consumed += UTF8.width(scalar)
        if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
      case .emptyInput:
        return .invalid(offset: consumed, line: line, column: column)
      case .error:
        return .invalid(offset: consumed, line: line, column: column)
      }
    }
  }
}
