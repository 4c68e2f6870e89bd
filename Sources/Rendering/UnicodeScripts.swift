/// Unicode's superscript and subscript characters, and the letter styles of the Mathematical
/// Alphanumeric Symbols block used for `\mathbb` and `\mathcal`.
///
/// Unicode has superscripts for digits, `+ − = ( )`, most Latin letters and a few Greek ones,
/// but subscripts only for digits, `+ − = ( )` and some letters (no `b`, `c`, `d`, `q`, …):
/// a script is shown with these characters only when every character has a form.
enum UnicodeScripts {
  static let superscripts: [String: String] = [
    "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸",
    "9": "⁹", "+": "⁺", "−": "⁻", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾",
    "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ",
    "j": "ʲ", "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ",
    "t": "ᵗ", "u": "ᵘ", "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ",
    "A": "ᴬ", "B": "ᴮ", "D": "ᴰ", "E": "ᴱ", "G": "ᴳ", "H": "ᴴ", "I": "ᴵ", "J": "ᴶ", "K": "ᴷ",
    "L": "ᴸ", "M": "ᴹ", "N": "ᴺ", "O": "ᴼ", "P": "ᴾ", "R": "ᴿ", "T": "ᵀ", "U": "ᵁ", "V": "ⱽ",
    "W": "ᵂ", "⊤": "ᵀ", "⊺": "ᵀ", "β": "ᵝ", "γ": "ᵞ", "δ": "ᵟ", "θ": "ᶿ", "ϕ": "ᵠ", "φ": "ᵠ",
    "χ": "ᵡ",
    "′": "′", "″": "″", "∗": "*", "*": "*", "†": "†",
  ]

  static let subscripts: [String: String] = [
    "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈",
    "9": "₉", "+": "₊", "−": "₋", "-": "₋", "=": "₌", "(": "₍", ")": "₎",
    "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ",
    "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
    "β": "ᵦ", "γ": "ᵧ", "ρ": "ᵨ", "ϕ": "ᵩ", "φ": "ᵩ", "χ": "ᵪ",
  ]

  /// `text` in superscript characters, or `nil` if one of them has no superscript form.
  static func superscript(_ text: String) -> String? { map(text, superscripts) }

  /// `text` in subscript characters, or `nil` if one of them has no subscript form.
  static func `subscript`(_ text: String) -> String? { map(text, subscripts) }

  private static func map(_ text: String, _ table: [String: String]) -> String? {
    guard !text.isEmpty else { return nil }
    var result = ""
    for character in text {
      guard let mapped = table[String(character)] else { return nil }
      result += mapped
    }
    return result
  }

  /// `text` with its letters in `variant` where Unicode has them (`R` → `ℝ` for double-struck).
  static func styled(_ text: String, _ variant: MathVariantStyle) -> String {
    var result = ""
    for character in text {
      result.append(styled(character, variant))
    }
    return result
  }

  enum MathVariantStyle { case doubleStruck, calligraphic }

  private static let doubleStruckExceptions: [String: String] = [
    "C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ",
  ]
  private static let calligraphicExceptions: [String: String] = [
    "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ",
    "g": "ℊ", "o": "ℴ",
  ]

  private static func styled(_ character: Character, _ variant: MathVariantStyle) -> Character {
    guard let ascii = character.asciiValue else { return character }
    let exceptions = variant == .doubleStruck ? doubleStruckExceptions : calligraphicExceptions
    if let exception = exceptions[String(character)] { return Character(exception) }
    let base: UInt32
    switch (variant, ascii) {
    case (.doubleStruck, 65...90): base = 0x1D538 + UInt32(ascii - 65)
    case (.doubleStruck, 97...122): base = 0x1D552 + UInt32(ascii - 97)
    case (.doubleStruck, 48...57): base = 0x1D7D8 + UInt32(ascii - 48)
    case (.calligraphic, 65...90): base = 0x1D49C + UInt32(ascii - 65)
    case (.calligraphic, 97...122): base = 0x1D4B6 + UInt32(ascii - 97)
    default: return character
    }
    return Unicode.Scalar(base).map(Character.init) ?? character
  }
}
