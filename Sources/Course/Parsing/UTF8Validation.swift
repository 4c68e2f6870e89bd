/// Decodes bytes as UTF-8, or says where decoding fails.
enum UTF8Validation {
  enum Outcome {
    case valid(String)
    case invalid(offset: Int, line: Int, column: Int)
  }

  static func validate(_ bytes: [UInt8]) -> Outcome {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var line = 1
    var column = 1
    var scalars = String.UnicodeScalarView()
    var consumed = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        scalars.append(scalar)
        consumed += UTF8.width(scalar)
        if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
      case .emptyInput:
        return .valid(String(scalars))
      case .error:
        return .invalid(offset: consumed, line: line, column: column)
      }
    }
  }
}
