import PrimerKit
import Testing

@testable import Rendering

/// `UnsafeBufferPointer.isPrintableASCII`, eight bytes at a time, answers as a byte-by-byte
/// scan does.
@Suite struct PrintableASCIITests {
  @Test func randomBytesAnswerAsByteByByte() {
    let pool: [UInt8] = [
      0x00, 0x09, 0x1B, 0x1F, 0x20, 0x41, 0x7A, 0x7E, 0x7F, 0x80, 0xC3, 0xE2, 0xFF,
    ]
    var failures: [[UInt8]] = []
    for seed in UInt64(0)..<5000 {
      var random = SplitMix64(seed: seed)
      let bytes = (0..<Int(random.next() % 40)).map { _ -> UInt8 in
        // Mostly printable, so that long printable runs with one odd byte are common.
        random.next() % 4 == 0
          ? pool[Int(random.next() % UInt64(pool.count))] : UInt8(0x20 + random.next() % 0x5F)
      }
      let fast = bytes.withUnsafeBufferPointer { $0.isPrintableASCII }
      if fast != bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { failures.append(bytes) }
    }
    #expect(failures.isEmpty, "answered differently: \(failures.prefix(5))")
  }
}
