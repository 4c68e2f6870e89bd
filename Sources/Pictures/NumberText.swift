import Base

/// Numbers written for axes and labels.
public enum NumberText {
  /// `value` with `decimals` digits after the point, exactly as C's `printf("%.*f")` writes it:
  /// the binary value is rounded, half to even on exact ties (`0.125` with 2 decimals is
  /// `0.12`), and a negative value keeps its sign even when it rounds to zero (`-0.00`).
  ///
  /// Values below 2⁵² with at most 3 decimals, every axis tick and bar label, are rounded here
  /// in integer arithmetic; the rest goes to `printf` itself (``fixedByPrintf(_:decimals:)``,
  /// the plain twin a test holds this one to). Foundation's `String(format:)` also ends in
  /// `printf`, but its formatter, and even Swift's `withVaList`, cost more than the rest of
  /// drawing a chart.
  public static func fixed(_ value: Double, decimals: Int) -> String {
    let magnitude = value.magnitude
    guard magnitude < 0x1p52, (0...3).contains(decimals) else {
      return fixedByPrintf(value, decimals: decimals)
    }
    // magnitude = significand · 2^exponent, exactly, with exponent < 0.
    let significand =
      magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0)
    let exponent = magnitude.isNormal ? Int(magnitude.exponentBitPattern) - 1075 : -1074
    let scaled = significand * [1, 10, 100, 1000][decimals]  // below 2⁶³
    let shift = -exponent
    var whole: UInt64 = 0
    if shift < 64 {
      whole = scaled >> UInt64(shift)
      let rest = scaled & (1 << UInt64(shift) - 1)
      let half: UInt64 = 1 << UInt64(shift - 1)
      if rest > half || (rest == half && whole & 1 == 1) { whole += 1 }
    }
    var digits = String(whole)
    if digits.count <= decimals {
      digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits
    }
    if decimals > 0 { digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals)) }
    return value.sign == .minus ? "-" + digits : digits
  }

  /// `value` in at most 6 significant digits, by C's `%g` (`1e+308`, `0.5`): for the ends of
  /// an axis too wide or too narrow for round ticks.
  public static func general(_ value: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 32)
    _ = withVaList([value]) { arguments in
      buffer.withUnsafeMutableBufferPointer {
        vsnprintf($0.baseAddress, $0.count, "%.6g", arguments)
      }
    }
    return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }

  /// `value` with `decimals` digits after the point, by C's `vsnprintf("%.*f")`.
  static func fixedByPrintf(_ value: Double, decimals: Int) -> String {
    precondition(
      (0...40).contains(decimals), "NumberText.fixed: decimals \(decimals) not in 0...40")
    // The longest: a sign, 309 integer digits (1.8e308), the point and the decimals.
    var buffer = [CChar](repeating: 0, count: 352)
    let written = withVaList([Int32(decimals), value]) { arguments in
      buffer.withUnsafeMutableBufferPointer {
        vsnprintf($0.baseAddress, $0.count, "%.*f", arguments)
      }
    }
    precondition(
      written >= 0 && Int(written) < buffer.count, "NumberText.fixed: \(written) characters")
    return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }
}
