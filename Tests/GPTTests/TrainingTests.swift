import Autodiff
import Foundation
import GPT
import PrimerKit
import Reference
import Testing

@Suite struct TrainingTests {
  static let text = String(repeating: "the cat sat on the mat. the dog sat on the log. ", count: 12)
  /// The vocabulary size is a placeholder: the trainer takes it from the text.
  static let shape = Config(vocabularySize: 1, context: 8, width: 16, heads: 2, layers: 1)

  static func options(steps: Int) -> TrainingOptions {
    var options = TrainingOptions()
    options.steps = steps
    options.batch = 8
    options.warmupSteps = 5
    options.evaluationInterval = 10
    options.evaluationBatches = 2
    options.checkpointInterval = 10
    options.learningRate = 1e-2
    return options
  }

  @Test func aShortRunLowersTheLossFromLnV() throws {
    let trainer = try Trainer(text: Self.text, config: Self.shape, options: Self.options(steps: 60))
    let initial = trainer.validationLoss()
    #expect(abs(initial - log(Double(trainer.corpus.tokenizer.count))) < 0.1)
    try trainer.run(checkpointPath: nil) { _ in }
    #expect(trainer.validationLoss() < initial - 1)
  }

  @Test func adamWWithoutDecayMatchesTheReferenceAdamStep() {
    let p = Tensor<Double>(rows: 2, columns: 2, value: [0.5, -1, 2, 0.25])
    p.grad = [0.1, -0.2, 0.3, 0.05]
    var adam = AdamW<Double>(sizes: [4], beta1: 0.9, beta2: 0.99, weightDecay: 0)
    adam.step([p], decays: [true], lr: 0.01)
    let m = Matrix(rows: 2, columns: 2, storage: [0.5, -1, 2, 0.25])
    let expected = Reference.adamStep(
      weight: m, gradient: Matrix(rows: 2, columns: 2, storage: [0.1, -0.2, 0.3, 0.05]),
      firstMoment: Matrix(rows: 2, columns: 2), secondMoment: Matrix(rows: 2, columns: 2), step: 1,
      learningRate: 0.01, beta1: 0.9, beta2: 0.99)
    #expect(zip(p.value, expected.weight.storage).allSatisfy { abs($0 - $1) < 1e-15 })
  }

  @Test func scheduleWarmsUpThenDecaysToTheFloor() {
    var options = TrainingOptions()
    options.steps = 1000
    options.warmupSteps = 100
    #expect(abs(learningRate(step: 0, options: options) - 3e-5) < 1e-12)
    #expect(abs(learningRate(step: 99, options: options) - 3e-3) < 1e-12)
    #expect(abs(learningRate(step: 1000, options: options) - 3e-4) < 1e-12)
    #expect(learningRate(step: 550, options: options) < learningRate(step: 300, options: options))
  }

  @Test func clippingScalesTheGlobalNormDown() {
    let a = Tensor<Double>(rows: 1, columns: 2, value: [0, 0])
    a.grad = [3, 4]
    #expect(clipGradNorm([a], maxNorm: 1) == 5)
    #expect(abs(a.grad[0] - 0.6) < 1e-15 && abs(a.grad[1] - 0.8) < 1e-15)
  }

  @Test func samplesAreMadeOfVocabularySymbolsOnly() throws {
    let trainer = try Trainer(text: Self.text, config: Self.shape, options: Self.options(steps: 5))
    var generator = Xoshiro256StarStar(seed: 3)
    let tokens = Sampler.sample(
      trainer.model, prompt: try trainer.corpus.tokenizer.encode("the "), length: 40,
      temperature: 1.2, topK: 3,
      generator: &generator)
    #expect(tokens.count == 40)
    #expect(tokens.allSatisfy { (0..<trainer.corpus.tokenizer.count).contains($0) })
  }

  @Test func topKKeepsOnlyTheLargestAndTemperatureSharpens() {
    let p = Sampler.probabilities([1, 3, 2, 0], temperature: 1, topK: 2)
    #expect(p[0] == 0 && p[3] == 0 && abs(p[1] + p[2] - 1) < 1e-15)
    let cold = Sampler.probabilities([1, 3, 2, 0], temperature: 0.1, topK: nil)
    #expect(cold[1] > 0.99)
  }
}
