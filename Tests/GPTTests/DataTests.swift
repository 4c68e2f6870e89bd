import GPT
import Testing

@Suite struct DataTests {
  @Test func tokenizerSortsItsVocabularyAndRoundTrips() throws {
    let text = "to be, or not to be: é?"
    let tokenizer = CharTokenizer(text: text)
    #expect(String(tokenizer.vocabulary) == " ,:?benorté")
    #expect(
      tokenizer.vocabulary
        == tokenizer.vocabulary.sorted {
          $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
        })
    #expect(tokenizer.decode(try tokenizer.encode(text)) == text)
  }

  @Test func unknownCharacterIsNamedWithItsOffset() {
    let tokenizer = CharTokenizer(text: "abc")
    #expect(throws: GPTError.unknownCharacter("z", offset: 2, vocabulary: "abc")) {
      try tokenizer.encode("abz")
    }
    #expect(
      GPTError.unknownCharacter("z", offset: 2, vocabulary: "abc").description
        == "The prompt's character \"z\" at offset 2 is not in the model's vocabulary of 3 symbols: \"abc\". Use only those characters."
    )
  }

  @Test func batchesAreReproducibleAndTargetsAreTheNextTokens() {
    let tokens = Array(0..<100)
    let batches = Batches(tokens: tokens, context: 8, batch: 4)
    let first = batches.batch(step: 3, seed: 1)
    #expect(first.inputs == batches.batch(step: 3, seed: 1).inputs)
    #expect(first.inputs != batches.batch(step: 4, seed: 1).inputs)
    #expect(first.inputs.count == 32 && first.targets.count == 32)
    #expect(zip(first.inputs, first.targets).allSatisfy { $1 == $0 + 1 })
  }

  @Test func emptyAndTinyTextsAreRefusedWithAMessage() {
    #expect(throws: GPTError.textTooShort(characters: 0, needed: 650)) {
      try Corpus(text: "", context: 64)
    }
    #expect(throws: GPTError.textTooShort(characters: 12, needed: 650)) {
      try Corpus(text: "hello, world", context: 64)
    }
    #expect(
      GPTError.textTooShort(characters: 0, needed: 650).description
        == "The training text is empty. Give a UTF-8 text file with --text, of at least 650 characters."
    )
    #expect(
      GPTError.textTooShort(characters: 12, needed: 650).description
        == "The training text has 12 characters; training needs at least 650 (enough for a validation split of whole contexts). Give a longer text, or a smaller --context."
    )
  }

  @Test func corpusSplitsNinetyTen() throws {
    let corpus = try Corpus(text: String(repeating: "abcdefghij", count: 10), context: 4)
    #expect(corpus.train.count == 90 && corpus.validation.count == 10)
  }

  @Test func bigramLossOfAPeriodicTextIsNearZero() {
    let tokens = Array(repeating: [0, 1, 2], count: 50).flatMap { $0 }
    #expect(bigramLoss(train: tokens, validation: tokens, vocabularySize: 3) < 0.02)
  }
}

@Suite struct ConfigTests {
  /// The count lesson 8 derives by hand for the capstone's configuration.
  @Test func defaultModelHasTheLessonsParameterCount() {
    #expect(Config(vocabularySize: 65).parameterCount == 107_840)
  }
}
