import Foundation
import Reference
import Testing

@testable import Checks

/// A softmax written plainly, and two mistakes learners make with it.
private func softmax(_ x: Matrix) -> Matrix { Reference.softmax(x) }

private func noMaxShift(_ x: Matrix) -> Matrix {
  var result = x
  for r in 0..<x.rows {
    let exps = x.row(r).map { Foundation.exp($0) }
    let total = exps.reduce(0, +)
    for c in 0..<x.columns { result[r, c] = exps[c] / total }
  }
  return result
}

private func columnWise(_ x: Matrix) -> Matrix { Reference.softmax(x.transposed).transposed }

@Suite struct ChecksTests {
  private func softmaxChecks(_ entry: @escaping (Matrix) -> Matrix) -> Checks<(Matrix) -> Matrix> {
    let check = Checks(
      entry: entry, reference: softmax,
      mistakes: [.init("no-max-shift", noMaxShift), .init("wrong-axis", columnWise)])
    check.example("the lesson's example") { f in
      try expectClose(
        f(Matrix([[1, 2, 3]])), Matrix([[0.0900306, 0.2447285, 0.6652410]]), atol: 1e-6)
    }
    check.compare("random rows", atol: 1e-9) { f, rng in f(rng.normal(3, 5)) }
    check.compare("large logits", atol: 1e-9) { f, rng in f(rng.normal(2, 4, scale: 1000)) }
    check.property("rows sum to one") { f, rng in
      let p = f(rng.normal(4, 6, scale: 3))
      for r in 0..<p.rows { try expectClose(p.row(r).reduce(0, +), 1, atol: 1e-9) }
    }
    return check
  }

  @Test func theReferencePassesEveryCheck() {
    let results = softmaxChecks(softmax).evaluate(seed: 7)
    #expect(
      results.map(\.name) == [
        "the lesson's example", "random rows", "large logits", "rows sum to one",
      ])
    #expect(results.allSatisfy { $0.passed })
  }

  @Test(arguments: ["no-max-shift", "wrong-axis"])
  func eachMistakeIsNamedAsItself(name: String) {
    let implementation = name == "no-max-shift" ? noMaxShift : columnWise
    let check = softmaxChecks(implementation)
    let trials = check.trials(seed: 11)
    #expect(trials.contains { !$0.passed })
    #expect(check.identifyMistake(seed: 11, learner: trials) == name)
  }

  @Test(arguments: ["no-max-shift", "wrong-axis"])
  func aMistakeGetsTheSameNameOnEverySeed(name: String) {
    let implementation = name == "no-max-shift" ? noMaxShift : columnWise
    let check = softmaxChecks(implementation)
    for seed in UInt64(0)..<12 {
      let named: String? = check.identifyMistake(seed: seed, learner: check.trials(seed: seed))
      #expect(named == name, "seed \(seed)")
    }
  }

  @Test func anUnknownMistakeIsNotNamed() {
    let check = softmaxChecks { x in x }
    #expect(check.identifyMistake(seed: 3, learner: check.trials(seed: 3)) == nil)
  }

  @Test func theSameSeedGivesTheSameInputs() {
    let a = RandomInputs(seed: Checks<Int>.seed(42, check: 1))
    let b = RandomInputs(seed: Checks<Int>.seed(42, check: 1))
    #expect(a.normal(2, 3) == b.normal(2, 3))
    #expect(RandomInputs(seed: 1).normal(2, 3) != RandomInputs(seed: 2).normal(2, 3))
  }

  @Test func overflowMessageNamesTheLargeInput() throws {
    let results = softmaxChecks(noMaxShift).evaluate(seed: 5)
    let large = try #require(results.first { $0.name == "large logits" })
    #expect(!large.passed)
    #expect(large.message.contains("; the input there was large ("))
    #expect(large.message.contains("exp only ever sees values ≤ 0"))
    #expect(!large.message.contains("row"))
  }

  /// The advice an exercise states reaches its compare checks, wherever the block sets it.
  @Test func anExercisesStabilityAdviceReachesItsComparisons() throws {
    let check = softmaxChecks(noMaxShift)
    check.stabilityAdvice = .rowMaximum
    let results = check.evaluate(seed: 5)
    let large = try #require(results.first { $0.name == "large logits" })
    #expect(large.message.contains(StabilityAdvice.rowMaximum.overflow + " In trial "))
  }

  /// A sigmoid written as e^z/(1 + e^z) is told its own fix, not a softmax's.
  @Test func aSigmoidIsNotToldAboutRows() throws {
    let sigmoid: (Matrix) -> Matrix = { $0.map { z in 1 / (1 + Foundation.exp(-z)) } }
    let ratio: (Matrix) -> Matrix = { $0.map { z in Foundation.exp(z) / (1 + Foundation.exp(z)) } }
    let check = Checks(entry: ratio, reference: sigmoid)
    check.stabilityAdvice = StabilityAdvice(overflow: "use 1/(1 + e^(−z)) for z ≥ 0.")
    check.compare("large inputs", atol: 1e-12) { f, rng in f(rng.normal(4, 5, scale: 1000)) }
    let message = try #require(check.evaluate(seed: 5).first?.message)
    #expect(message.contains("the input there was large"))
    #expect(message.contains("): use 1/(1 + e^(−z)) for z ≥ 0. In trial "))
    #expect(!message.contains("row's maximum"))
  }

  @Test func aThrownErrorFailsTheCheck() {
    struct Oops: Error {}
    let check = Checks(entry: { (x: Double) in x }, reference: { $0 })
    check.example("throws") { _ in throw Oops() }
    let message = check.evaluate(seed: 1).first?.message
    #expect(message == "the check threw Oops()")
  }
}

@Suite struct CheckKindTests {
  /// Each registering method records the kind the grader knows it by (its name).
  @Test func everyKindIsRegisteredByTheMethodOfItsName() {
    let check = Checks<(Matrix) -> Matrix>(entry: softmax, reference: softmax)
    check.example("e") { _ in }
    check.compare("c") { f, rng in f(rng.normal(2, 3)) }
    check.property("p") { _, _ in }
    check.gradient("g") { _, _ in }
    #expect(check.registered.map(\.kind) == CheckKind.allCases)
    #expect(
      check.registered.map(\.kind.rawValue) == ["example", "compare", "property", "gradient"])
  }
}
