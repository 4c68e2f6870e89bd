public import PrimerKit

/// The checks of one exercise, written in its `checks` block as calls on `check`, and run
/// against the learner's function, the reference and the known mistakes.
///
/// `F` is the type of the function under test, fixed by the exercise's `entry:` (for example
/// `(Matrix) -> Matrix`). A check is one of four kinds:
///
/// - ``example(_:_:)``: a worked example with fixed inputs and expected values;
/// - ``compare(_:rtol:atol:_:)``: random inputs given to the learner's function and to the
///   reference, outputs compared element-wise;
/// - ``property(_:_:)``: something that must hold for the learner's function alone;
/// - ``gradient(_:_:)``: an analytic gradient held against finite differences.
///
/// Every check gets its own random inputs, determined by the run's seed and the check's
/// position, so the same seed gives the learner, the reference and each mistake the same
/// inputs. When a check fails, the mistakes are run on the same inputs to name what the
/// learner probably did (see ``identifyMistake(seed:learner:)``).
public final class Checks<F> {
  /// A known-wrong variant of the solution, named as in its `mistake NAME` block.
  public struct Variant {
    public var name: String
    public var entry: F

    public init(_ name: String, _ entry: F) {
      self.name = name
      self.entry = entry
    }
  }

  /// One registered check: its name, kind, and how to run it with some implementation.
  struct Check {
    var name: String
    var kind: CheckKind
    var rtol = 0.0
    var atol = 0.0
    /// Whether the check holds for any answer (a starter may pass it): see
    /// ``property(_:anyAnswer:_:)``.
    var anyAnswer = false
    var body: (F, RandomInputs) -> Trial
  }

  /// What one check said about one implementation.
  struct Trial {
    var passed: Bool
    var message: String
    /// For a compare check, the implementation's output in each trial, to hold against the
    /// learner's.
    var outputs: [any CheckOutput] = []
  }

  let entry: F
  let reference: F
  let mistakes: [Variant]
  private(set) var registered: [Check] = []

  /// What a compare check says when an output is NaN or ∞ where an input was extreme: how this
  /// exercise keeps `exp` finite (``StabilityAdvice/rowMaximum`` for a softmax, its own text
  /// for a sigmoid). Read when the checks run, so a `checks` block may set it anywhere.
  public var stabilityAdvice = StabilityAdvice.general

  /// - Parameters:
  ///   - entry: the learner's function, the exercise's `entry:` expression.
  ///   - reference: the right answer, the exercise's `reference:` expression (or the
  ///     solution's entry).
  ///   - mistakes: the exercise's known mistakes, in the order the lesson lists them.
  public init(entry: F, reference: F, mistakes: [Variant] = []) {
    self.entry = entry
    self.reference = reference
    self.mistakes = mistakes
  }

  /// The names of the checks, in the order they were written.
  public var names: [String] { registered.map(\.name) }

  /// The names of the checks marked as holding for any answer (`anyAnswer: true`).
  public var anyAnswerNames: [String] { registered.filter(\.anyAnswer).map(\.name) }

  /// A worked example: `body` calls the function on fixed inputs and expects fixed outputs.
  ///
  /// ```swift
  /// check.example("the lesson's example") { f in
  ///   try expectClose(f(Matrix([[1, 2, 3]])), Matrix([[0.0900306, 0.2447285, 0.6652410]]), atol: 1e-6)
  /// }
  /// ```
  ///
  /// - Parameter anyAnswer: `true` for an example any answer passes (see
  ///   ``property(_:anyAnswer:_:)``).
  public func example(
    _ name: String, anyAnswer: Bool = false, _ body: @escaping (F) throws -> Void
  ) {
    var check = Check(name: name, kind: .example) { f, _ in Checks.attempt { try body(f) } }
    check.anyAnswer = anyAnswer
    add(check)
  }

  /// Random inputs given to the learner's function and to the reference; the outputs must be
  /// close (`|learner − reference| ≤ atol + rtol·|reference|` element-wise) in every trial.
  ///
  /// `body` draws its inputs from `rng` and returns the function's output: a `Matrix`, a
  /// `Double`, an array of either, or a ``Parts`` value. It runs once per trial of
  /// ``InputTrial/schedule(extremes:)`` (at least eight: one row, one column, an odd width, a
  /// batch, inputs ×10 and ×0.1, two as drawn, then one per extreme), for each implementation,
  /// with identically seeded inputs, so it must not keep state between calls. The trial steers
  /// `rng`'s draws (see ``RandomInputs``): the body is written for one random case.
  ///
  /// A failure names the first failing trial, its inputs (in full when small) and the seed
  /// that repeats it.
  ///
  /// ```swift
  /// check.compare("random batches", atol: 1e-9) { f, rng in f(rng.normal(rng.size(), 5)) }
  /// check.compare("logits of any size", extremes: .stability) { f, rng in
  ///   f(rng.normal(rng.size(), rng.size()))
  /// }
  /// ```
  ///
  /// - Parameter anyAnswer: `true` for a comparison a placeholder answer passes (see
  ///   ``property(_:anyAnswer:_:)``).
  /// - Parameter extremes: extreme inputs to add to the schedule, one trial each, where the
  ///   lesson teaches numerical stability (``InputTrial/Extremes/stability``) or a boundary
  ///   (``InputTrial/Extremes/zeros``).
  public func compare<Output: CheckOutput>(
    _ name: String, anyAnswer: Bool = false, rtol: Double = 1e-5, atol: Double = 1e-8,
    extremes: InputTrial.Extremes = [],
    _ body: @escaping (F, RandomInputs) -> Output
  ) {
    precondition(rtol >= 0 && atol >= 0, "compare(\(name)): tolerances must not be negative")
    let reference = reference
    let schedule = InputTrial.schedule(extremes: extremes)
    // The reference's outputs, computed once per seed and trial: every mistake meets the same.
    let expectations = ExpectedOutputs()
    var check = Check(name: name, kind: .compare) { [unowned self] f, rng in
      var outputs: [any CheckOutput] = []
      var failure: String?
      for trial in schedule {
        let seed = Checks.seed(rng.seed, trial: trial.index)
        let inputs = RandomInputs(seed: seed, trial: trial)
        let output = body(f, inputs)
        outputs.append(output)
        guard failure == nil else { continue }
        let expected = expectations.output(seed: seed) {
          body(reference, RandomInputs(seed: seed, trial: trial))
        }
        if let message = Closeness.mismatch(
          actual: output, expected: expected, rtol: rtol, atol: atol, inputs: inputs.drawn,
          advice: self.stabilityAdvice)
        {
          failure = Checks.trialMessage(
            message, trial: trial, of: schedule.count, inputs: inputs, runSeed: rng.runSeed)
        }
      }
      return Trial(passed: failure == nil, message: failure ?? "", outputs: outputs)
    }
    check.rtol = rtol
    check.atol = atol
    check.anyAnswer = anyAnswer
    add(check)
  }

  /// A mismatch in one trial, with the trial and its inputs.
  static func trialMessage(
    _ mismatch: String, trial: InputTrial, of count: Int, inputs: RandomInputs, runSeed: UInt64?
  ) -> String {
    let drawn =
      inputs.described.isEmpty ? "" : "; inputs: " + inputs.described.joined(separator: ", ")
    let repeatIt = runSeed.map { " (`--seed \($0)` repeats it)" } ?? ""
    return mismatch + " In trial \(trial.index + 1) of \(count) (\(inputs.trialLabel)\(drawn))"
      + repeatIt + "."
  }

  /// A property the learner's function must have on random inputs (rows sum to one, the
  /// output does not depend on the batch order, …).
  ///
  /// ```swift
  /// check.property("rows sum to one") { f, rng in
  ///   let p = f(rng.normal(4, 6, scale: 10))
  ///   for r in 0..<p.rows { try expectClose(p.row(r).reduce(0, +), 1, atol: 1e-9) }
  /// }
  /// ```
  ///
  /// - Parameter anyAnswer: `true` for a property that holds for any answer of the right
  ///   type, so a starter may pass it (the output has the input's shape, no NaN appears…).
  ///   `primer verify` requires an untouched starter to fail every other check.
  public func property(
    _ name: String, anyAnswer: Bool = false, _ body: @escaping (F, RandomInputs) throws -> Void
  ) {
    var check = Check(name: name, kind: .property) { f, rng in Checks.attempt { try body(f, rng) } }
    check.anyAnswer = anyAnswer
    add(check)
  }

  /// A gradient check: `body` computes the learner's analytic gradient and a numerical one
  /// (``Reference/numericalGradient(of:at:step:)``) and calls
  /// ``expectGradientsMatch(analytic:numerical:threshold:)``.
  public func gradient(
    _ name: String, anyAnswer: Bool = false, _ body: @escaping (F, RandomInputs) throws -> Void
  ) {
    var check = Check(name: name, kind: .gradient) { f, rng in Checks.attempt { try body(f, rng) } }
    check.anyAnswer = anyAnswer
    add(check)
  }

  /// Runs every check on the learner's function, in order, and the mistakes when one fails.
  ///
  /// Each result is reported as soon as it is known, so a later crash keeps what came before.
  public func run(seed: UInt64, reporter: ResultReporter) {
    var trials: [Trial] = []
    for (index, check) in registered.enumerated() {
      reporter.begin(check: check.name)
      let trial = perform(check, at: index, with: entry, seed: seed)
      reporter.report(check: check.name, passed: trial.passed, detail: trial.message)
      trials.append(trial)
    }
    reporter.learnerChecksDone()
    if let mistake = identifyMistake(seed: seed, learner: trials) {
      reporter.report(mistake: mistake)
    }
    reporter.finish()
  }

  /// The learner's results, without reporting: what ``run(seed:reporter:)`` would send.
  public func evaluate(seed: UInt64) -> [(name: String, passed: Bool, message: String)] {
    registered.enumerated().map { index, check in
      let trial = perform(check, at: index, with: entry, seed: seed)
      return (check.name, trial.passed, trial.message)
    }
  }

  /// The mistake the learner most likely made, given their trials; `nil` when all passed or
  /// no mistake explains the failures.
  ///
  /// Each mistake runs every check with the same seed. When compare checks failed, a mistake
  /// is named if its outputs match the learner's on all of them (within each check's
  /// tolerance), preferring one that also fails the same checks, and no mistake is named when
  /// none matches. When only examples or properties failed, a mistake is named when it fails
  /// exactly the checks the learner failed and no other mistake does.
  func identifyMistake(seed: UInt64, learner: [Trial]) -> String? {
    let failed = Set(learner.indices.filter { !learner[$0].passed })
    guard !failed.isEmpty else { return nil }
    let failedCompares = failed.filter { registered[$0].kind == .compare }.sorted()
    var matchingOutputs: [(name: String, sameFailures: Bool)] = []
    var sameFailures: [String] = []
    for mistake in mistakes {
      // Each check runs once per mistake, and only as far as needed: when compares failed, a
      // mistake whose outputs differ on one of them cannot be named, so its other checks
      // (a training run, say) are skipped.
      var known: [Int: Trial] = [:]
      func trial(_ index: Int) -> Trial {
        if let trial = known[index] { return trial }
        let trial = perform(registered[index], at: index, with: mistake.entry, seed: seed)
        known[index] = trial
        return trial
      }
      let outputsMatch =
        !failedCompares.isEmpty
        && failedCompares.allSatisfy { index in
          let theirs = trial(index).outputs
          let ours = learner[index].outputs
          let check = registered[index]
          return !ours.isEmpty && theirs.count == ours.count
            && zip(theirs, ours).allSatisfy { theirs, ours in
              Closeness.mismatch(
                actual: theirs, expected: ours, rtol: check.rtol, atol: check.atol) == nil
            }
        }
      if !failedCompares.isEmpty && !outputsMatch { continue }
      // The same failures, checked in order and stopping at the first difference.
      let same = registered.indices.allSatisfy { trial($0).passed == learner[$0].passed }
      if same { sameFailures.append(mistake.name) }
      if outputsMatch { matchingOutputs.append((mistake.name, same)) }
    }
    if let best = matchingOutputs.first(where: \.sameFailures) ?? matchingOutputs.first {
      return best.name
    }
    // Outputs that match no mistake say more than a pattern of failures.
    guard failedCompares.isEmpty else { return nil }
    return sameFailures.count == 1 ? sameFailures[0] : nil
  }

  /// The learner's trials, for ``identifyMistake(seed:learner:)`` in tests.
  func trials(seed: UInt64) -> [Trial] {
    registered.enumerated().map { index, check in
      perform(check, at: index, with: entry, seed: seed)
    }
  }

  private func add(_ check: Check) {
    precondition(
      !registered.contains { $0.name == check.name },
      "two checks are named `\(check.name)`; give each check its own name")
    registered.append(check)
  }

  /// Runs `check` with `implementation` on the inputs of check `index` under `seed`.
  private func perform(_ check: Check, at index: Int, with implementation: F, seed: UInt64)
    -> Trial
  {
    let inputs = RandomInputs(seed: Checks.seed(seed, check: index))
    inputs.runSeed = seed
    return check.body(implementation, inputs)
  }

  /// The seed of check `index` in a run seeded `seed`: one SplitMix64 step from a mix of both.
  static func seed(_ seed: UInt64, check index: Int) -> UInt64 {
    var mixer = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
    return mixer.next()
  }

  /// The seed of trial `index` of a compare check seeded `seed`.
  static func seed(_ seed: UInt64, trial index: Int) -> UInt64 {
    var mixer = SplitMix64(seed: seed ^ (UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15))
    return mixer.next()
  }

  private static func attempt(_ body: () throws -> Void) -> Trial {
    do {
      try body()
      return Trial(passed: true, message: "")
    } catch let failure as CheckFailure {
      return Trial(passed: false, message: failure.message)
    } catch {
      return Trial(passed: false, message: "the check threw \(error)")
    }
  }
}

/// The reference's outputs of one compare check, by trial seed: the reference is run once per
/// trial however many implementations are checked.
final class ExpectedOutputs {
  private var outputs: [UInt64: any CheckOutput] = [:]

  func output(seed: UInt64, _ compute: () -> any CheckOutput) -> any CheckOutput {
    if let known = outputs[seed] { return known }
    let output = compute()
    outputs[seed] = output
    return output
  }
}
