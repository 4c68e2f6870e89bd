extension UnsafeBufferPointer<UInt8> {
  /// Whether every byte is printable ASCII (`0x20`–`0x7E`), looked at eight bytes at a time
  /// (`VisibleText.isPlainASCII`), a byte at a time only where a word of eight does not pass
  /// and at the end.
  ///
  /// The fast twin of `allSatisfy { $0 >= 0x20 && $0 < 0x7F }`, which `PrintableASCIITests`
  /// holds it equal to: wrapping and measuring ask it of every span of prose.
  var isPrintableASCII: Bool {
    func isPrintable(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }
    guard let base = baseAddress else { return true }
    var index = 0
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if !VisibleText.isPlainASCII(word) {
        // The word test may refuse a word of printable bytes: look at them one by one.
        for offset in index..<(index + 8) where !isPrintable(self[offset]) { return false }
      }
      index += 8
    }
    while index < count {
      if !isPrintable(self[index]) { return false }
      index += 1
    }
    return true
  }
}

extension String {
  /// Whether every byte of the string's UTF-8 form is printable ASCII (see
  /// `UnsafeBufferPointer.isPrintableASCII`).
  var isPrintableASCII: Bool {
    utf8.withContiguousStorageIfAvailable { $0.isPrintableASCII }
      ?? utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }
}
