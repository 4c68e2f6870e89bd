import Foundation

/// Numbers as check messages show them: seven significant digits, `nan`, `inf`, `-inf`.
///
/// The text is the same on every run and platform (`%.7g` of the C library), so messages can
/// be tested word for word.
enum NumberText {
  static func format(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    if value == 0 { return "0" }
    return String(format: "%.7g", value)
  }

  /// A short form for errors and tolerances: four significant digits.
  static func short(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    if value == 0 { return "0" }
    return String(format: "%.4g", value)
  }

  static func shape(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
  }
}
