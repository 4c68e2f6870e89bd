import Base

/// A number written by the C library's `printf` with a format such as `%.4g`, as Foundation's
/// `String(format:)` writes a `Double` (which is not in FoundationEssentials).
enum CFormat {
  static func string(_ format: String, _ value: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 400)
    let written = withVaList([value]) { arguments in
      buffer.withUnsafeMutableBufferPointer {
        vsnprintf($0.baseAddress, $0.count, format, arguments)
      }
    }
    precondition(written >= 0 && Int(written) < buffer.count, "CFormat: \(written) characters")
    return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }
}
