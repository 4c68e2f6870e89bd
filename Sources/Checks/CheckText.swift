#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Numbers and shapes as check messages show them: seven significant digits, `nan`, `inf`,
/// `-inf`, `[2, 3]`.
///
/// The text is the same on every run and platform (`%.7g` of the C library), so messages can
/// be tested word for word. (Formatted with `vsnprintf` rather than Foundation, so programs
/// linked with the kit need not link Foundation.)
enum CheckText {
  static func format(_ value: Double) -> String {
    special(value) ?? printf("%.7g", value)
  }

  /// Two numbers with enough significant digits (7 to 17) to tell them apart, so that a
  /// message never reads "expected 1.998800, got 1.998800".
  static func distinct(_ a: Double, _ b: Double) -> (String, String) {
    var pair = (format(a), format(b))
    var digits = 8
    while pair.0 == pair.1, a != b, digits <= 17 {
      pair = (special(a) ?? printf("%.\(digits)g", a), special(b) ?? printf("%.\(digits)g", b))
      digits += 1
    }
    return pair
  }

  /// `value` with four significant digits, or more (up to 17) until it reads differently
  /// from `other`.
  static func short(_ value: Double, beside other: Double) -> String {
    var digits = 4
    func text(_ number: Double) -> String { special(number) ?? printf("%.\(digits)g", number) }
    while digits < 17, value != other, text(value) == text(other) { digits += 1 }
    return text(value)
  }

  /// A short form for errors and tolerances: four significant digits.
  static func short(_ value: Double) -> String {
    special(value) ?? printf("%.4g", value)
  }

  static func shape(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
  }

  private static func special(_ value: Double) -> String? {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    if value == 0 { return "0" }
    return nil
  }

  private static func printf(_ format: String, _ value: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    _ = withVaList([value]) { arguments in
      vsnprintf(&buffer, buffer.count, format, arguments)
    }
    return String(cString: buffer)
  }
}
