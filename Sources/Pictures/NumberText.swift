#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers written for axes and labels.
public enum NumberText {
  /// `value` with `decimals` digits after the point, exactly as C's `printf("%.*f")` writes it
  /// (`0.25` with 1 decimal is `0.2`: the binary value is rounded, half to even on ties).
  ///
  /// Foundation's `String(format:)` gives the same text by way of the same C function, but
  /// first builds a formatter: a hundred times the cost, paid for every tick of every axis.
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
}
