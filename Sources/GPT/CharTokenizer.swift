/// A character-level tokenizer: every distinct character of a text is one token.
///
/// The vocabulary is the text's characters sorted by their Unicode scalars, so the same text
/// always gives the same numbering, and `decode(encode(s)) == s` for any `s` made of the
/// vocabulary. Characters are Swift `Character`s (extended grapheme clusters), so "é" written
/// with a combining accent is one token. Source: nanoGPT `data/shakespeare_char/prepare.py`.
public struct CharTokenizer: Equatable, Sendable {
  /// The symbols, in token order.
  public let vocabulary: [Character]
  private let index: [Character: Int]

  /// The tokenizer of `text`'s distinct characters.
  public init(text: String) {
    self.init(vocabulary: Array(Set(text)))
  }

  /// A tokenizer of the given symbols (sorted, duplicates removed).
  public init(vocabulary: [Character]) {
    let sorted = Array(Set(vocabulary)).sorted {
      $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
    }
    self.vocabulary = sorted
    self.index = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
  }

  /// `V`.
  public var count: Int { vocabulary.count }

  /// The token of each character.
  ///
  /// - Throws: ``GPTError/unknownCharacter(_:offset:vocabulary:)`` for a character outside
  ///   the vocabulary.
  public func encode(_ text: String) throws(GPTError) -> [Int] {
    var tokens: [Int] = []
    tokens.reserveCapacity(text.count)
    for (offset, character) in text.enumerated() {
      guard let token = index[character] else {
        throw .unknownCharacter(character, offset: offset, vocabulary: String(vocabulary))
      }
      tokens.append(token)
    }
    return tokens
  }

  /// The text of `tokens`; each must be in `0..<count`.
  public func decode(_ tokens: [Int]) -> String {
    String(tokens.map { vocabulary[$0] })
  }
}
