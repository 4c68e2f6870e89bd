import Testing

@testable import Reference

/// The encoder, decoder and GPT blocks against the JAX oracle, and their masks.
@Suite struct TransformerBlockTests {
  static func blockWeights(_ fixture: FixtureCase) throws -> TransformerBlockWeights {
    TransformerBlockWeights(
      wq: try fixture.matrix("wq"), wk: try fixture.matrix("wk"), wv: try fixture.matrix("wv"),
      wo: try fixture.matrix("wo"), heads: try fixture.integer("heads"),
      ln1Gamma: try fixture.vector("ln1_gamma"), ln1Beta: try fixture.vector("ln1_beta"),
      w1: try fixture.matrix("w1"), b1: try fixture.vector("b1"),
      w2: try fixture.matrix("w2"), b2: try fixture.vector("b2"),
      ln2Gamma: try fixture.vector("ln2_gamma"), ln2Beta: try fixture.vector("ln2_beta"))
  }

  static func attentionWeights(_ fixture: FixtureCase, prefix: String) throws
    -> MultiHeadAttentionWeights
  {
    MultiHeadAttentionWeights(
      wq: try fixture.matrix(prefix + "wq"), wk: try fixture.matrix(prefix + "wk"),
      wv: try fixture.matrix(prefix + "wv"), wo: try fixture.matrix(prefix + "wo"),
      heads: try fixture.integer("heads"))
  }

  @Test(arguments: try attentionFixtureNames("encoder_block"))
  func encoderBlockMatchesOracle(_ name: String) throws {
    let fixture = try attentionFixture(name)
    let output = encoderBlock(try fixture.matrix("x"), weights: try Self.blockWeights(fixture))
    #expect(isClose(output, try fixture.matrix("output"), absolute: 1e-12))
  }

  @Test(arguments: try attentionFixtureNames("gpt_block"))
  func gptBlockMatchesOracle(_ name: String) throws {
    let fixture = try attentionFixture(name)
    let output = gptBlock(try fixture.matrix("x"), weights: try Self.blockWeights(fixture))
    #expect(isClose(output, try fixture.matrix("output"), absolute: 1e-12))
  }

  @Test(arguments: try attentionFixtureNames("decoder_block"))
  func decoderBlockMatchesOracle(_ name: String) throws {
    let fixture = try attentionFixture(name)
    let weights = DecoderBlockWeights(
      selfAttention: try Self.attentionWeights(fixture, prefix: "self_"),
      ln1Gamma: try fixture.vector("ln1_gamma"), ln1Beta: try fixture.vector("ln1_beta"),
      crossAttention: try Self.attentionWeights(fixture, prefix: "cross_"),
      ln2Gamma: try fixture.vector("ln2_gamma"), ln2Beta: try fixture.vector("ln2_beta"),
      feedForward: FeedForwardWeights(
        w1: try fixture.matrix("w1"), b1: try fixture.vector("b1"),
        w2: try fixture.matrix("w2"), b2: try fixture.vector("b2")),
      ln3Gamma: try fixture.vector("ln3_gamma"), ln3Beta: try fixture.vector("ln3_beta"))
    let output = decoderBlock(
      try fixture.matrix("x"), memory: try fixture.matrix("memory"), weights: weights)
    #expect(isClose(output, try fixture.matrix("output"), absolute: 1e-12))
  }

  @Test func gptBlockOutputIgnoresLaterPositions() throws {
    let weights = try Self.blockWeights(attentionFixture("gpt_block/t5_d6_ff10_h2"))
    let x = sampleMatrix(5, 6)
    var changed = x
    for c in 0..<6 { changed[4, c] += 3 }
    let before = gptBlock(x, weights: weights)
    let after = gptBlock(changed, weights: weights)
    for i in 0..<4 { #expect(after.row(i) == before.row(i)) }
    #expect(after.row(4) != before.row(4))
  }

  @Test func encoderBlockLetsEveryPositionSeeEveryOther() throws {
    let weights = try Self.blockWeights(attentionFixture("encoder_block/t5_d6_ff10_h2"))
    let x = sampleMatrix(5, 6)
    var changed = x
    for c in 0..<6 { changed[4, c] += 3 }
    let before = encoderBlock(x, weights: weights)
    let after = encoderBlock(changed, weights: weights)
    #expect(after.row(0) != before.row(0))
  }

  @Test func decoderBlockMasksItselfButSeesAllOfTheMemory() throws {
    let fixture = try attentionFixture("decoder_block/t4_s5_d6_ff10_h2")
    let weights = DecoderBlockWeights(
      selfAttention: try Self.attentionWeights(fixture, prefix: "self_"),
      ln1Gamma: try fixture.vector("ln1_gamma"), ln1Beta: try fixture.vector("ln1_beta"),
      crossAttention: try Self.attentionWeights(fixture, prefix: "cross_"),
      ln2Gamma: try fixture.vector("ln2_gamma"), ln2Beta: try fixture.vector("ln2_beta"),
      feedForward: FeedForwardWeights(
        w1: try fixture.matrix("w1"), b1: try fixture.vector("b1"),
        w2: try fixture.matrix("w2"), b2: try fixture.vector("b2")),
      ln3Gamma: try fixture.vector("ln3_gamma"), ln3Beta: try fixture.vector("ln3_beta"))
    let x = sampleMatrix(4, 6)
    let memory = sampleMatrix(5, 6, seed: 3)
    let before = decoderBlock(x, memory: memory, weights: weights)

    var laterInput = x
    for c in 0..<6 { laterInput[3, c] -= 2 }
    let afterInput = decoderBlock(laterInput, memory: memory, weights: weights)
    for i in 0..<3 { #expect(afterInput.row(i) == before.row(i)) }

    var lastSource = memory
    for c in 0..<6 { lastSource[4, c] += 2 }
    let afterMemory = decoderBlock(x, memory: lastSource, weights: weights)
    #expect(afterMemory.row(0) != before.row(0))
  }

  @Test func outputKeepsTheInputShape() throws {
    let weights = try Self.blockWeights(attentionFixture("gpt_block/t4_d6_ff9_h3"))
    #expect(gptBlock(sampleMatrix(7, 6), weights: weights).shape == [7, 6])
    #expect(encoderBlock(sampleMatrix(1, 6), weights: weights).shape == [1, 6])
  }
}
