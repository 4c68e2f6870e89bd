extension Matrix: CustomStringConvertible {
  /// The matrix as aligned rows, e.g.
  ///
  ///     [2, 3]
  ///     ⎡ 1.0000  -2.5000   0.0000 ⎤
  ///     ⎣ 3.1416   1.0e+06      nan ⎦
  public var description: String {
    guard rows > 0, columns > 0 else { return "[\(rows), \(columns)] (empty)" }
    let cells = storage.map(Matrix.format)
    var widths = Array(repeating: 0, count: columns)
    for (index, cell) in cells.enumerated() {
      widths[index % columns] = max(widths[index % columns], cell.count)
    }
    var lines = ["[\(rows), \(columns)]"]
    for r in 0..<rows {
      let (open, close): (String, String) =
        rows == 1 ? ("[", "]") : r == 0 ? ("⎡", "⎤") : r == rows - 1 ? ("⎣", "⎦") : ("⎢", "⎥")
      let body = (0..<columns).map { c -> String in
        let cell = cells[r * columns + c]
        return String(repeating: " ", count: widths[c] - cell.count) + cell
      }
      lines.append("\(open) \(body.joined(separator: "  ")) \(close)")
    }
    return lines.joined(separator: "\n")
  }

  /// `value` as `description` shows it: four decimals (`0.2689`, `-2.5000`), or two significant
  /// digits in scientific form at 10⁵ and beyond or below 10⁻³ (`1.1e+12`, `4.5e-05`); `nan`,
  /// `inf`, `-inf`.
  public static func format(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let magnitude = Swift.abs(value)
    if magnitude != 0 && (magnitude >= 1e5 || magnitude < 1e-3) {
      return formatScientific(value)
    }
    return formatFixed(value, digits: 4)
  }

  private static func formatFixed(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (Swift.abs(value) * scale).rounded()
    let whole = Int(rounded / scale)
    let fraction = Int(rounded - Double(whole) * scale)
    var fractionText = String(fraction)
    fractionText = String(repeating: "0", count: digits - fractionText.count) + fractionText
    let sign = value < 0 || (value == 0 && value.sign == .minus) ? "-" : ""
    return "\(sign)\(whole).\(fractionText)"
  }

  private static func formatScientific(_ value: Double) -> String {
    var exponent = 0
    var mantissa = Swift.abs(value)
    while mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    while mantissa < 1 {
      mantissa *= 10
      exponent -= 1
    }
    var text = formatFixed(mantissa, digits: 1)
    if text.hasPrefix("10.") {
      text = "1.0"
      exponent += 1
    }
    let sign = value < 0 ? "-" : ""
    let exponentText =
      (exponent < 0 ? "-" : "+") + (Swift.abs(exponent) < 10 ? "0" : "")
      + String(Swift.abs(exponent))
    return "\(sign)\(text)e\(exponentText)"
  }
}
