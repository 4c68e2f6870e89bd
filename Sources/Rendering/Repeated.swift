extension String {
  /// `count` copies of `piece` (empty when `count` is 0), written into one new string: one copy,
  /// then the bytes written so far copied after themselves, doubling them each time.
  ///
  /// The fast path of `String(repeating:count:)`, the plain twin `RepeatedTests` holds it to:
  /// renderers pad and draw rules on almost every line, and the standard library's version costs
  /// several thousand instructions per call.
  init(repeated piece: String, count: Int) {
    precondition(count >= 0, "cannot repeat a string \(count) times")
    var piece = piece
    let length = piece.utf8.count
    guard count > 0, length > 0 else {
      self = ""
      return
    }
    self = piece.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: length * count) { buffer in
        let total = length * count
        let base = buffer.baseAddress!
        base.initialize(from: bytes.baseAddress!, count: length)
        var written = length
        while written < total {
          let more = Swift.min(written, total - written)
          (base + written).initialize(from: base, count: more)
          written += more
        }
        return total
      }
    }
  }

  /// `count` copies of `character` (see `init(repeated:count:)` for a string).
  init(repeated character: Character, count: Int) {
    self.init(repeated: String(character), count: count)
  }
}
