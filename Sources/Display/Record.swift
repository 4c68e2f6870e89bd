/// A picture record: one line of standard output that the host draws instead of printing.
///
/// The line is ``marker`` followed by a JSON object (`{"kind":"plot",…}`), so pictures and
/// printed text keep their order. Written by hand, without Foundation: a cell's program links
/// faster without it. Numbers that are not finite are written as `null`.
enum Record {
  /// What starts a record line: the ASCII record separator and a name no text begins with.
  static let marker = "\u{1E}primer-picture "

  static func emit(_ fields: [(String, String)]) {
    print(marker + object(fields))
  }

  static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let digits = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  static func strings(_ texts: [String]) -> String {
    "[" + texts.map(string).joined(separator: ",") + "]"
  }

  /// A number as JSON: Swift's shortest exact form (`0.1`, `1e-05`), `null` if not finite.
  static func number(_ value: Double) -> String {
    value.isFinite ? "\(value)" : "null"
  }

  static func numbers(_ values: [Double]) -> String {
    "[" + values.map(number).joined(separator: ",") + "]"
  }
}
