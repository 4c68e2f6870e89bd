@testable import Rendering

/// Checks every rendered output must pass, shared by the snapshot and fuzz tests.
enum OutputChecks {
  /// Lines wider than `width` display columns, with their number (1-based).
  static func overlongLines(_ output: String, width: Int) -> [(number: Int, line: String)] {
    var result: [(Int, String)] = []
    for (index, line) in output.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    where DisplayWidth.of(line) > width {
      result.append((index + 1, String(line)))
    }
    return result
  }

  /// Whether every escape sequence in `output` is one the renderer writes: SGR
  /// (`ESC [ digits;… m`) or an OSC 8 hyperlink (`ESC ] 8 ; ; URL ESC \`) with a printable URL.
  static func onlyRendererEscapes(_ output: String) -> Bool {
    let bytes = Array(output.utf8)
    var i = 0
    while i < bytes.count {
      guard bytes[i] == 0x1B else {
        i += 1
        continue
      }
      guard i + 1 < bytes.count else { return false }
      if bytes[i + 1] == UInt8(ascii: "[") {
        var j = i + 2
        while j < bytes.count, bytes[j] == UInt8(ascii: ";") || (0x30...0x39).contains(bytes[j]) {
          j += 1
        }
        guard j < bytes.count, bytes[j] == UInt8(ascii: "m") else { return false }
        i = j + 1
      } else if bytes[i + 1] == UInt8(ascii: "]") {
        let prefix: [UInt8] = Array("]8;;".utf8)
        guard i + 1 + prefix.count <= bytes.count,
          Array(bytes[(i + 1)..<(i + 1 + prefix.count)]) == prefix
        else { return false }
        var j = i + 1 + prefix.count
        while j < bytes.count, bytes[j] != 0x1B {
          guard bytes[j] > 0x20 && bytes[j] < 0x7F else { return false }
          j += 1
        }
        guard j + 1 < bytes.count, bytes[j + 1] == UInt8(ascii: "\\") else { return false }
        i = j + 2
      } else {
        return false
      }
    }
    return true
  }

  /// Control characters other than newline (including ESC when `allowEscape` is false).
  static func containsControlCharacters(_ output: String, allowEscape: Bool) -> Bool {
    output.unicodeScalars.contains { scalar in
      let value = scalar.value
      if value == 0x0A { return false }
      if value == 0x1B { return !allowEscape }
      return value < 0x20 || (0x7F..<0xA0).contains(value)
    }
  }

  /// Markdown syntax that must never appear in rendered output of valid lessons.
  static let markdownSyntax = ["**", "```", "$$", "~~~", "# "]
}
