/// Unicode's superscript and subscript characters, and the letter styles of the Mathematical
/// Alphanumeric Symbols block used for `\mathbb` and `\mathcal`.
///
/// Unicode has superscripts for digits, `+ − = ( )`, most Latin letters and a few Greek ones,
/// but subscripts only for digits, `+ − = ( )` and some letters (no `b`, `c`, `d`, `q`, …):
/// a script is shown with these characters only when every character has a form.
enum UnicodeScripts {
  // `[String: String]`, not `Character` keys or values: each new type of dictionary makes the
  // runtime look up `Hashable` by scanning every conformance record of the binary, and this
  // type is one that plot fields use too.
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

  /// `text` in superscript characters, or `nil` if one of them has no superscript form:
  /// `superscriptByTable`, its plain twin, which a test holds it to, with each scalar looked up
  /// by a switch, without a dictionary to build at first use or a string to hash per
  /// character.
  static func superscript(_ text: String) -> String? { mapByScalar(text, superscriptForm) }

  /// `text` in subscript characters, or `nil` if one of them has no subscript form: the fast
  /// twin of `subscriptByTable`, as `superscript` is of `superscriptByTable`.
  static func `subscript`(_ text: String) -> String? { mapByScalar(text, subscriptForm) }

  /// `text` in superscript characters by `superscripts`: the plain definition.
  static func superscriptByTable(_ text: String) -> String? { map(text, superscripts) }

  /// `text` in subscript characters by `subscripts`: the plain definition.
  static func subscriptByTable(_ text: String) -> String? { map(text, subscripts) }

  /// `map(text, table)` with `form` giving each scalar's entry. Every key of the tables is one
  /// scalar without a decomposition, so a character of several scalars has no entry, and
  /// one scalar matches the key it is (or, for the Kelvin sign, is canonically equivalent to).
  private static func mapByScalar(_ text: String, _ form: (UInt32) -> String?) -> String? {
    guard !text.isEmpty else { return nil }
    var result = ""
    for scalar in text.unicodeScalars {
      guard let mapped = form(scalar.value) else { return nil }
      result += mapped
    }
    return result
  }

  /// The superscript form of a scalar: `superscripts`, as a switch.
  private static func superscriptForm(_ value: UInt32) -> String? {
    switch value {
    case 0x0030: "⁰"
    case 0x0031: "¹"
    case 0x0032: "²"
    case 0x0033: "³"
    case 0x0034: "⁴"
    case 0x0035: "⁵"
    case 0x0036: "⁶"
    case 0x0037: "⁷"
    case 0x0038: "⁸"
    case 0x0039: "⁹"
    case 0x002B: "⁺"
    case 0x2212, 0x002D: "⁻"
    case 0x003D: "⁼"
    case 0x0028: "⁽"
    case 0x0029: "⁾"
    case 0x0061: "ᵃ"
    case 0x0062: "ᵇ"
    case 0x0063: "ᶜ"
    case 0x0064: "ᵈ"
    case 0x0065: "ᵉ"
    case 0x0066: "ᶠ"
    case 0x0067: "ᵍ"
    case 0x0068: "ʰ"
    case 0x0069: "ⁱ"
    case 0x006A: "ʲ"
    case 0x006B: "ᵏ"
    case 0x006C: "ˡ"
    case 0x006D: "ᵐ"
    case 0x006E: "ⁿ"
    case 0x006F: "ᵒ"
    case 0x0070: "ᵖ"
    case 0x0072: "ʳ"
    case 0x0073: "ˢ"
    case 0x0074: "ᵗ"
    case 0x0075: "ᵘ"
    case 0x0076: "ᵛ"
    case 0x0077: "ʷ"
    case 0x0078: "ˣ"
    case 0x0079: "ʸ"
    case 0x007A: "ᶻ"
    case 0x0041: "ᴬ"
    case 0x0042: "ᴮ"
    case 0x0044: "ᴰ"
    case 0x0045: "ᴱ"
    case 0x0047: "ᴳ"
    case 0x0048: "ᴴ"
    case 0x0049: "ᴵ"
    case 0x004A: "ᴶ"
    case 0x004B, 0x212A: "ᴷ"
    case 0x004C: "ᴸ"
    case 0x004D: "ᴹ"
    case 0x004E: "ᴺ"
    case 0x004F: "ᴼ"
    case 0x0050: "ᴾ"
    case 0x0052: "ᴿ"
    case 0x0054, 0x22A4, 0x22BA: "ᵀ"
    case 0x0055: "ᵁ"
    case 0x0056: "ⱽ"
    case 0x0057: "ᵂ"
    case 0x03B2: "ᵝ"
    case 0x03B3: "ᵞ"
    case 0x03B4: "ᵟ"
    case 0x03B8: "ᶿ"
    case 0x03D5, 0x03C6: "ᵠ"
    case 0x03C7: "ᵡ"
    case 0x2032: "′"
    case 0x2033: "″"
    case 0x2217, 0x002A: "*"
    case 0x2020: "†"
    default: nil
    }
  }

  /// The subscript form of a scalar: `subscripts`, as a switch.
  private static func subscriptForm(_ value: UInt32) -> String? {
    switch value {
    case 0x0030: "₀"
    case 0x0031: "₁"
    case 0x0032: "₂"
    case 0x0033: "₃"
    case 0x0034: "₄"
    case 0x0035: "₅"
    case 0x0036: "₆"
    case 0x0037: "₇"
    case 0x0038: "₈"
    case 0x0039: "₉"
    case 0x002B: "₊"
    case 0x2212, 0x002D: "₋"
    case 0x003D: "₌"
    case 0x0028: "₍"
    case 0x0029: "₎"
    case 0x0061: "ₐ"
    case 0x0065: "ₑ"
    case 0x0068: "ₕ"
    case 0x0069: "ᵢ"
    case 0x006A: "ⱼ"
    case 0x006B: "ₖ"
    case 0x006C: "ₗ"
    case 0x006D: "ₘ"
    case 0x006E: "ₙ"
    case 0x006F: "ₒ"
    case 0x0070: "ₚ"
    case 0x0072: "ᵣ"
    case 0x0073: "ₛ"
    case 0x0074: "ₜ"
    case 0x0075: "ᵤ"
    case 0x0076: "ᵥ"
    case 0x0078: "ₓ"
    case 0x03B2: "ᵦ"
    case 0x03B3: "ᵧ"
    case 0x03C1: "ᵨ"
    case 0x03D5, 0x03C6: "ᵩ"
    case 0x03C7: "ᵪ"
    default: nil
    }
  }

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
