extension UnsafeBufferPointer<UInt8> {
  /// The value of the scalar whose UTF-8 form starts at `index`, and how many bytes it takes.
  ///
  /// For the byte scans that measure and tidy text without a `Unicode.Scalar` iterator
  /// (`DisplayWidth.scalarByScalar(utf8:)`, `UnicodeMath.finish`). The bytes must be valid
  /// UTF-8, as a string's are, and `index` the start of a scalar.
  @inline(__always)
  func scalarValue(at index: Int) -> (value: UInt32, length: Int) {
    let lead = self[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(self[index + 1] & 0x3F), 2) }
    if lead < 0xF0 {
      let value =
        UInt32(lead & 0x0F) << 12 | UInt32(self[index + 1] & 0x3F) << 6
        | UInt32(self[index + 2] & 0x3F)
      return (value, 3)
    }
    let value =
      UInt32(lead & 0x07) << 18 | UInt32(self[index + 1] & 0x3F) << 12
      | UInt32(self[index + 2] & 0x3F) << 6 | UInt32(self[index + 3] & 0x3F)
    return (value, 4)
  }
}
