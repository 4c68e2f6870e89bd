/// Decodes bytes as UTF-8, or says where decoding fails.
enum UTF8Validation {
  enum Outcome: Equatable {
    case valid
    case invalid(offset: Int, line: Int, column: Int)
  }

  /// Whether `bytes` are valid UTF-8, and if not where the first bad byte is.
  ///
  /// Valid bytes are checked by `isValid`, the fast twin of `String(validating:)`.
  static func validate(_ bytes: [UInt8]) -> Outcome {
    if bytes.withUnsafeBufferPointer(isValid) { return .valid }
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
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        return .invalid(offset: consumed, line: line, column: column)
      case .error:
        return .invalid(offset: consumed, line: line, column: column)
      }
    }
  }

  /// Whether `bytes` are valid UTF-8 (Unicode's table 3-7 of well-formed byte sequences: no
  /// overlong forms, no surrogates, nothing past U+10FFFF).
  ///
  /// ASCII, most of a lesson, is skipped eight bytes at a time; the standard library's
  /// validation (`String(validating:)`, the plain twin a test holds this to) goes byte by byte
  /// through any text that is not all ASCII, some 10 instructions a byte.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
    var index = 0
    while index < count {
      while index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      guard index < count else { break }
      let lead = bytes[index]
      switch lead {
      case 0x00...0x7F:
        index += 1
      case 0xC2...0xDF:
        guard index + 1 < count, isContinuation(bytes[index + 1]) else { return false }
        index += 2
      case 0xE0...0xEF:
        guard index + 2 < count else { return false }
        let second = bytes[index + 1]
        switch lead {
        case 0xE0: guard (0xA0...0xBF).contains(second) else { return false }
        case 0xED: guard (0x80...0x9F).contains(second) else { return false }
        default: guard isContinuation(second) else { return false }
        }
        guard isContinuation(bytes[index + 2]) else { return false }
        index += 3
      case 0xF0...0xF4:
        guard index + 3 < count else { return false }
        let second = bytes[index + 1]
        switch lead {
        case 0xF0: guard (0x90...0xBF).contains(second) else { return false }
        case 0xF4: guard (0x80...0x8F).contains(second) else { return false }
        default: guard isContinuation(second) else { return false }
        }
        guard isContinuation(bytes[index + 2]), isContinuation(bytes[index + 3]) else {
          return false
        }
        index += 4
      default:
        return false
      }
    }
    return true
  }
}
