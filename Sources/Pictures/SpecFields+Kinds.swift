import Base

/// The keys of each kind of picture, read and checked (see `Docs/lesson-format.md`).
extension SpecFields {
  mutating func functions() -> PictureSpec.Functions? {
    let curves = required(
      "functions", kind: .functions, example: "functions: relu, gelu, sigmoid'",
      expected: "1 to 6 different names from "
        + FunctionCurve.Function.allCases.map(\.rawValue).joined(separator: ", ")
        + ", each with an optional ' for its derivative"
    ) { ValueReader.list($0, count: 1...6, unique: true, FunctionCurve.init(name:)) }
    let xRange = optional(
      "range", default: -4...4, expected: rangeExpected("-4 4"), ValueReader.range)
    let yRange: ClosedRange<Double>? = optional(
      "y-range", default: nil, expected: rangeExpected("-1 2"), ValueReader.range)
    guard let curves else { return nil }
    return PictureSpec.Functions(curves: curves, xRange: xRange, yRange: yRange)
  }

  mutating func softmax() -> PictureSpec.Softmax? {
    let logits = required(
      "logits", kind: .softmax, example: "logits: 2.0, 1.0, 0.1",
      expected: "1 to 12 comma-separated numbers between -1000 and 1000"
    ) { ValueReader.list($0, count: 1...12) { ValueReader.number($0, in: -1000...1000) } }
    let temperatures = optional(
      "temperatures", default: [1.0],
      expected: "1 to 6 comma-separated numbers between 0.01 and 100, e.g. `1, 0.5, 2`"
    ) { ValueReader.list($0, count: 1...6) { ValueReader.number($0, in: 0.01...100) } }
    let topP = optional(
      "top-p", default: [],
      expected: "1 to 6 comma-separated numbers above 0 and at most 1, e.g. `0.9, 0.5`"
    ) {
      ValueReader.list($0, count: 1...6) {
        ValueReader.number($0, in: 0...1).flatMap { $0 > 0 ? $0 : nil }
      }
    }
    let count = logits?.count ?? 12
    let labels: [String]? = optional(
      "labels", default: nil,
      expected: logits == nil
        ? "one label per logit" : "\(count) comma-separated labels, one per logit"
    ) { ValueReader.list($0, count: count...count) { $0 } }
    guard let logits else { return nil }
    return PictureSpec.Softmax(
      logits: logits, temperatures: temperatures, topP: topP,
      labels: labels ?? (1...logits.count).map { "x" + subscriptDigits($0) })
  }

  mutating func training() -> PictureSpec.Training? {
    let task = required(
      "task", kind: .training, example: "task: xor",
      expected: "one of "
        + TrainingTask.allCases.map(\.rawValue).joined(separator: ", "),
      TrainingTask.init(rawValue:))
    let optimizers = optional(
      "optimizers", default: [.sgd, .adam],
      expected: "1 to 4 different names from "
        + OptimizerKind.allCases.map(\.rawValue).joined(separator: ", ")
    ) { ValueReader.list($0, count: 1...4, unique: true, OptimizerKind.init(rawValue:)) }
    let steps = optional(
      "steps", default: 300, expected: "a whole number from 1 to 2000"
    ) { ValueReader.integer($0, in: 1...2000) }
    let learningRate: Double? = optional(
      "learning-rate", default: nil, expected: "a number above 0 and at most 10, e.g. `0.1`"
    ) { ValueReader.number($0, in: 0...10).flatMap { $0 > 0 ? $0 : nil } }
    let hidden = optional("hidden", default: 8, expected: "a whole number from 1 to 64") {
      ValueReader.integer($0, in: 1...64)
    }
    let seed = optional("seed", default: 1, expected: seedExpected, ValueReader.seed)
    let yScale = optional(
      "y-scale", default: .linear, expected: "`linear` or `log`", Axis.Scale.init(rawValue:))
    guard let task else { return nil }
    return PictureSpec.Training(
      task: task, optimizers: optimizers, steps: steps, learningRate: learningRate,
      hidden: hidden, seed: seed, yScale: yScale)
  }

  mutating func attention() -> PictureSpec.Attention? {
    let tokens = required(
      "tokens", kind: .attention, example: "tokens: the cat sat on the mat",
      expected: "1 to 16 words separated by spaces"
    ) { text -> [String]? in
      let words = text.split(separator: " ").map(String.init)
      return (1...16).contains(words.count) ? words : nil
    }
    let causal = optional(
      "causal", default: false, expected: "`true` or `false`", ValueReader.boolean)
    let seed = optional("seed", default: 7, expected: seedExpected, ValueReader.seed)
    let dModel = optional("d-model", default: 16, expected: "a whole number from 1 to 256") {
      ValueReader.integer($0, in: 1...256)
    }
    guard let tokens else { return nil }
    return PictureSpec.Attention(tokens: tokens, causal: causal, seed: seed, dModel: dModel)
  }

  mutating func positionalEncoding() -> PictureSpec.PositionalEncoding? {
    let length = optional("length", default: 32, expected: "a whole number from 1 to 256") {
      ValueReader.integer($0, in: 1...256)
    }
    let dModel = optional("d-model", default: 32, expected: "a whole number from 1 to 256") {
      ValueReader.integer($0, in: 1...256)
    }
    return PictureSpec.PositionalEncoding(length: length, dModel: dModel)
  }

  mutating func learningRate() -> PictureSpec.LearningRate? {
    let shape = required(
      "schedule", kind: .learningRate, example: "schedule: warmup-cosine",
      expected: "one of "
        + LearningRateSchedule.Shape.allCases.map(\.rawValue).joined(separator: ", "),
      LearningRateSchedule.Shape.init(rawValue:))
    let steps = required(
      "steps", kind: .learningRate, example: "steps: 1000",
      expected: "a whole number from 1 to 1000000"
    ) { ValueReader.integer($0, in: 1...1_000_000) }
    let peak = required(
      "peak", kind: .learningRate, example: "peak: 3e-4",
      expected: "a number above 0 and at most 10, e.g. `3e-4`"
    ) { ValueReader.number($0, in: 0...10).flatMap { $0 > 0 ? $0 : nil } }
    let warmup = optional(
      "warmup", default: 0,
      expected: "a whole number from 0 to the number of steps\(steps.map { " (\($0))" } ?? "")"
    ) { ValueReader.integer($0, in: 0...(steps ?? 1_000_000)) }
    let minimum = optional(
      "minimum", default: 0,
      expected: "a number from 0 to the peak\(peak.map { " (\($0))" } ?? "")"
    ) { ValueReader.number($0, in: 0...(peak ?? 10)) }
    guard let shape, let steps, let peak else { return nil }
    return PictureSpec.LearningRate(
      schedule: LearningRateSchedule(
        shape: shape, steps: steps, warmup: warmup, peak: peak, minimum: minimum))
  }

  mutating func tokenization() -> PictureSpec.Tokenization? {
    let text = required(
      "text", kind: .tokenization, example: "text: the cat sat on the mat",
      expected: "a text of 2 to 4000 bytes"
    ) { (2...4000).contains($0.utf8.count) ? $0 : nil }
    let merges = optional("merges", default: 50, expected: "a whole number from 1 to 500") {
      ValueReader.integer($0, in: 1...500)
    }
    guard let text else { return nil }
    return PictureSpec.Tokenization(text: text, merges: merges)
  }

  private var seedExpected: String { "a whole number from 0 to 18446744073709551615" }

  private func rangeExpected(_ example: String) -> String {
    "two numbers `from to` with from below to, e.g. `\(example)`, at most about 1e307 apart "
      + "and wide enough that their ticks can be told apart (not `1 1.0000000000000002`)"
  }
}

/// `n` in subscript digits: 12 → `₁₂`.
func subscriptDigits(_ n: Int) -> String {
  String(String(n).unicodeScalars.map { Character(Unicode.Scalar(0x2080 + $0.value - 0x30)!) })
}
