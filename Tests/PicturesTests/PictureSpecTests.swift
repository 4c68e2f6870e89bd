import Course
import Testing

@testable import Pictures

/// A `plot` directive with `body`, as the lesson parser makes it.
func plot(_ body: String, argument: String? = nil) -> Directive {
  Directive(
    kind: .plot, argument: argument, attributes: [], body: body,
    location: SourceLocation(line: 3, column: 1))
}

/// The spec `body` declares; records an issue and returns nil when it has problems.
func specOf(_ body: String, argument: String? = nil) -> PictureSpec? {
  switch PictureSpec.parse(plot(body, argument: argument)) {
  case .success(let spec): return spec
  case .failure(let failure):
    Issue.record("unexpected problems: \(failure.errors.map(\.description))")
    return nil
  }
}

/// The problems of `body`, as `primer lint` reports them.
func problems(_ body: String, argument: String? = nil) -> [String] {
  Pictures.problems(in: plot(body, argument: argument))
}

@Suite struct PictureSpecTests {
  @Test func functionsWithDefaults() throws {
    let spec = try #require(
      specOf("kind: functions\ntitle: T\nfunctions: relu, gelu-tanh, sigmoid'"))
    #expect(spec.title == "T")
    #expect(spec.caption == nil)
    #expect(spec.kind == .functions)
    guard case .functions(let functions) = spec.content else {
      Issue.record("expected a functions spec, got \(spec.content)")
      return
    }
    #expect(
      functions.curves == [
        FunctionCurve(.relu), FunctionCurve(.geluTanh), FunctionCurve(.sigmoid, derivative: true),
      ])
    #expect(functions.xRange == -4...4)
    #expect(functions.yRange == nil)
  }

  @Test func functionsWithRangesAndCaption() throws {
    let spec = try #require(
      specOf(
        "kind: functions\ntitle: T\ncaption: C.\nfunctions: tanh'\nrange: -3 3\ny-range: -1, 2"))
    #expect(spec.caption == "C.")
    guard case .functions(let functions) = spec.content else {
      Issue.record("expected a functions spec, got \(spec.content)")
      return
    }
    #expect(functions.xRange == -3...3)
    #expect(functions.yRange == -1...2)
  }

  @Test func softmaxWithDefaultsAndLabels() throws {
    let plain = try #require(specOf("kind: softmax\ntitle: T\nlogits: 2.0, 1.0, 0.1"))
    #expect(
      plain.content
        == .softmax(.init(logits: [2, 1, 0.1], temperatures: [1], labels: ["x₁", "x₂", "x₃"])))
    let labelled = try #require(
      specOf("title: T\nlogits: 1, 2\ntemperatures: 1, 0.5\nlabels: cat, dog", argument: "softmax"))
    #expect(
      labelled.content
        == .softmax(.init(logits: [1, 2], temperatures: [1, 0.5], labels: ["cat", "dog"])))
  }

  @Test func trainingWithDefaultsAndEveryKey() throws {
    let plain = try #require(specOf("kind: training\ntitle: T\ntask: xor"))
    #expect(
      plain.content
        == .training(
          .init(
            task: .xor, optimizers: [.sgd, .adam], steps: 300, learningRate: nil, hidden: 8,
            seed: 1, yScale: .linear)))
    let full = try #require(
      specOf(
        "kind: training\ntitle: T\ntask: spiral\noptimizers: sgd, momentum, rmsprop, adam\n"
          + "steps: 50\nlearning-rate: 0.1\nhidden: 16\nseed: 3\ny-scale: log"))
    #expect(
      full.content
        == .training(
          .init(
            task: .spiral, optimizers: [.sgd, .momentum, .rmsprop, .adam], steps: 50,
            learningRate: 0.1, hidden: 16, seed: 3, yScale: .logarithmic)))
  }

  @Test func attentionPositionalEncodingAndSchedule() throws {
    let attention = try #require(
      specOf("kind: attention\ntitle: T\ntokens: the cat  sat\ncausal: true\nd-model: 8"))
    #expect(
      attention.content
        == .attention(.init(tokens: ["the", "cat", "sat"], causal: true, seed: 7, dModel: 8)))
    let encoding = try #require(specOf("kind: positional-encoding\ntitle: T"))
    #expect(encoding.content == .positionalEncoding(.init(length: 32, dModel: 32)))
    let rate = try #require(
      specOf(
        "kind: learning-rate\ntitle: T\nschedule: warmup-cosine\nsteps: 1000\nwarmup: 100\n"
          + "peak: 3e-4\nminimum: 3e-5"))
    #expect(
      rate.content
        == .learningRate(
          .init(
            schedule: LearningRateSchedule(
              shape: .warmupCosine, steps: 1000, warmup: 100, peak: 3e-4, minimum: 3e-5))))
  }

  @Test func theArgumentIsANameUnlessItIsAKind() throws {
    let named = try #require(specOf("kind: positional-encoding\ntitle: T", argument: "pe-picture"))
    #expect(named.kind == .positionalEncoding)
    #expect(problems("title: T", argument: "relu-curve").count == 1)
  }

  /// Every kind of problem, word for word.
  static let badSpecs: [(body: String, messages: [String])] = [
    (
      "title: T",
      [
        "plot has no `kind:` line; add one, e.g. `kind: functions` (kinds: functions, softmax, training, attention, positional-encoding, learning-rate, tokenization)"
      ]
    ),
    (
      "kind: line\ntitle: T",
      [
        "unknown plot kind `line`; kinds are functions, softmax, training, attention, positional-encoding, learning-rate, tokenization"
      ]
    ),
    (
      "kind: softmax\nlogits: 1, 2",
      ["a plot needs a `title:` line, e.g. `title: What the picture shows`"]
    ),
    (
      "kind: softmax\ntitle: T",
      ["a softmax plot needs a `logits:` line, e.g. `logits: 2.0, 1.0, 0.1`"]
    ),
    (
      "kind: functions\ntitle: T\nfunction: relu",
      [
        "a functions plot needs a `functions:` line, e.g. `functions: relu, gelu, sigmoid'`",
        "unknown key `function` in a functions plot; its keys are `kind`, `title`, `caption`, `functions`, `range`, `y-range`",
      ]
    ),
    (
      "kind: functions\ntitle: T\ntitle: U\nfunctions: relu",
      ["`title:` is written twice in the plot; keep one"]
    ),
    (
      "kind: functions\ntitle: T\nfunctions: relu, swish",
      [
        "`functions: relu, swish` cannot be used: expected 1 to 6 different names from relu, sigmoid, tanh, gelu, gelu-tanh, gelu-difference, silu, each with an optional ' for its derivative"
      ]
    ),
    (
      "kind: functions\ntitle: T\nfunctions: relu, relu",
      [
        "`functions: relu, relu` cannot be used: expected 1 to 6 different names from relu, sigmoid, tanh, gelu, gelu-tanh, gelu-difference, silu, each with an optional ' for its derivative"
      ]
    ),
    (
      "kind: functions\ntitle: T\nfunctions: relu\nrange: 4 -4\ny-range: 0",
      [
        "`range: 4 -4` cannot be used: expected two numbers `from to` with from below to, e.g. `-4 4`, at most about 1e307 apart and wide enough that their ticks can be told apart (not `1 1.0000000000000002`)",
        "`y-range: 0` cannot be used: expected two numbers `from to` with from below to, e.g. `-1 2`, at most about 1e307 apart and wide enough that their ticks can be told apart (not `1 1.0000000000000002`)",
      ]
    ),
    (
      "kind: functions\ntitle: T\nfunctions: relu\nrange: -1e308 1e308\ny-range: 1 1.0000000000000002",
      [
        "`range: -1e308 1e308` cannot be used: expected two numbers `from to` with from below to, e.g. `-4 4`, at most about 1e307 apart and wide enough that their ticks can be told apart (not `1 1.0000000000000002`)",
        "`y-range: 1 1.0000000000000002` cannot be used: expected two numbers `from to` with from below to, e.g. `-1 2`, at most about 1e307 apart and wide enough that their ticks can be told apart (not `1 1.0000000000000002`)",
      ]
    ),
    (
      "kind: softmax\ntitle: T\nlogits: 1, nan\ntemperatures: 0\nlabels: a",
      [
        "`logits: 1, nan` cannot be used: expected 1 to 12 comma-separated numbers between -1000 and 1000",
        "`temperatures: 0` cannot be used: expected 1 to 6 comma-separated numbers between 0.01 and 100, e.g. `1, 0.5, 2`",
        "`labels: a` cannot be used: expected one label per logit",
      ]
    ),
    (
      "kind: softmax\ntitle: T\nlogits: 1, 2, 3\nlabels: a, b",
      ["`labels: a, b` cannot be used: expected 3 comma-separated labels, one per logit"]
    ),
    (
      "kind: training\ntitle: T\ntask: mnist\noptimizers: adamw\nsteps: 0\nlearning-rate: -1\n"
        + "hidden: 100\nseed: -1\ny-scale: logarithmic",
      [
        "`task: mnist` cannot be used: expected one of xor, spiral",
        "`optimizers: adamw` cannot be used: expected 1 to 4 different names from sgd, momentum, rmsprop, adam",
        "`steps: 0` cannot be used: expected a whole number from 1 to 2000",
        "`learning-rate: -1` cannot be used: expected a number above 0 and at most 10, e.g. `0.1`",
        "`hidden: 100` cannot be used: expected a whole number from 1 to 64",
        "`seed: -1` cannot be used: expected a whole number from 0 to 18446744073709551615",
        "`y-scale: logarithmic` cannot be used: expected `linear` or `log`",
      ]
    ),
    (
      "kind: attention\ntitle: T\ntokens: \ncausal: yes\nd-model: 0",
      [
        "`tokens:` has no value: expected 1 to 16 words separated by spaces",
        "`causal: yes` cannot be used: expected `true` or `false`",
        "`d-model: 0` cannot be used: expected a whole number from 1 to 256",
      ]
    ),
    (
      "kind: positional-encoding\ntitle: T\nlength: 1000\nd-model: x",
      [
        "`length: 1000` cannot be used: expected a whole number from 1 to 256",
        "`d-model: x` cannot be used: expected a whole number from 1 to 256",
      ]
    ),
    (
      "kind: learning-rate\ntitle: T",
      [
        "a learning-rate plot needs a `schedule:` line, e.g. `schedule: warmup-cosine`",
        "a learning-rate plot needs a `steps:` line, e.g. `steps: 1000`",
        "a learning-rate plot needs a `peak:` line, e.g. `peak: 3e-4`",
      ]
    ),
    (
      "kind: learning-rate\ntitle: T\nschedule: cosine\nsteps: 100\nwarmup: 200\npeak: 0.1\nminimum: 0.2",
      [
        "`schedule: cosine` cannot be used: expected one of warmup-cosine, warmup-linear",
        "`warmup: 200` cannot be used: expected a whole number from 0 to the number of steps (100)",
        "`minimum: 0.2` cannot be used: expected a number from 0 to the peak (0.1)",
      ]
    ),
  ]

  @Test(arguments: badSpecs.indices)
  func everyProblemIsReportedWordForWord(index: Int) {
    let (body, messages) = Self.badSpecs[index]
    #expect(problems(body) == messages)
  }

  @Test func anEmptyKindIsAMissingKind() {
    #expect(problems("kind:\ntitle: T") == problems("title: T"))
  }

  @Test func otherDirectivesHaveNoPictureProblems() {
    let hint = Directive(
      kind: .hint, argument: nil, attributes: [], body: "kind: nonsense",
      location: SourceLocation(line: 1, column: 1))
    #expect(Pictures.problems(in: hint).isEmpty)
  }

  @Test func valuesMayNotBeInfiniteOrHex() {
    #expect(ValueReader.number("inf") == nil)
    #expect(ValueReader.number("0x10") == nil)
    #expect(ValueReader.number("1e999") == nil)
    #expect(ValueReader.number("3e-4") == 3e-4)
    #expect(ValueReader.number("-0.5") == -0.5)
  }
}
