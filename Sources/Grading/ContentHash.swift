/// A 64-bit FNV-1a hash of text, as 16 hex digits: the key of the grader's caches.
///
/// `h ← (h xor byte) · 1099511628211`, starting from 14695981039346656037, over the UTF-8
/// bytes of each piece, with a separator byte between pieces. Not cryptographic: it names
/// cache folders built from the course's own files, where a collision would need an author to
/// try.
///
/// Source: Fowler, Noll & Vo, "FNV hash" (IETF draft-eastlake-fnv).
package struct ContentHash {
  private var state: UInt64 = 0xCBF2_9CE4_8422_2325

  package mutating func add(_ text: String) {
    for byte in text.utf8 { mix(byte) }
    mix(0xFF)  // never a UTF-8 byte: "ab"+"c" and "a"+"bc" differ
  }

  private mutating func mix(_ byte: UInt8) {
    state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  /// 16 lower-case hex digits.
  package var hex: String {
    let digits = String(state, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  package static func of(_ pieces: [String]) -> String {
    var hash = ContentHash()
    for piece in pieces { hash.add(piece) }
    return hash.hex
  }
}
