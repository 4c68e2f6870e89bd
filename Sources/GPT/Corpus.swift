/// A training text cut into tokens and split into training and validation parts (90/10).
public struct Corpus: Sendable {
  /// The tokenizer of the text's characters.
  public let tokenizer: CharTokenizer
  /// The first 90 % of the tokens.
  public let train: [Int]
  /// The last 10 %.
  public let validation: [Int]
  /// A fingerprint of the text, to check that a resumed run reads the same text.
  public let fingerprint: String

  /// The corpus of `text`, long enough for windows of `context + 1` tokens in both parts.
  ///
  /// - Throws: ``GPTError/textTooShort(characters:needed:)`` when the validation part could
  ///   not hold one window (fewer than `10·(context + 1)` characters).
  public init(text: String, context: Int) throws(GPTError) {
    let tokenizer = CharTokenizer(text: text)
    let tokens = (try? tokenizer.encode(text)) ?? []
    let needed = 10 * (context + 1)
    guard tokens.count >= needed else {
      throw .textTooShort(characters: tokens.count, needed: needed)
    }
    let cut = tokens.count * 9 / 10
    self.tokenizer = tokenizer
    self.train = Array(tokens[..<cut])
    self.validation = Array(tokens[cut...])
    self.fingerprint = textFingerprint(text)
  }
}
