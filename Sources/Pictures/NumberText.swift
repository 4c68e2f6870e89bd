import Base

/// Numbers written for axes and labels.
public enum NumberText {
  /// `value` with `decimals` digits after the point, as C's `printf("%.*f")` writes it: the
  /// binary value is rounded, half to even on exact ties (`0.125` with 2 decimals is `0.12`),
  /// and a negative value keeps its sign even when it rounds to zero (`-0.00`).
  public static func fixed(_ value: Double, decimals: Int) -> String {
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
}
