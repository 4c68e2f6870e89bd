public import PrimerKit

/// Element-wise closeness of two outputs, and the message that says how they differ.
///
/// An element is close when `|actual − expected| ≤ atol + rtol·|expected|`, numpy's
/// `isclose` rule (not symmetric: the tolerance scales with the expected value). NaN is close
/// only to NaN, an infinity only to the same infinity.
///
/// The message names, in this order, the first thing a learner should fix: a different
/// number of parts, a wrong shape (with a hint when it is the transpose), where NaN or ∞
/// first appears, or the worst element with its expected and actual values, its absolute and
/// relative error and how many elements are off.
enum Closeness {
  /// `nil` when `actual` is close to `expected`, else what differs.
  ///
  /// - Parameters:
  ///   - inputs: the random inputs the check drew, used to explain a NaN or ∞ that appears
  ///     where an input was large.
  ///   - advice: what to say when that input was large, or very negative in a row of such.
  static func mismatch(
    actual: any CheckOutput, expected: any CheckOutput, rtol: Double, atol: Double,
    inputs: [Matrix] = [], advice: StabilityAdvice = .general
  ) -> String? {
    let actualParts = actual.outputParts
    let expectedParts = expected.outputParts
    guard actualParts.map(\.name) == expectedParts.map(\.name) else {
      return "returned \(actualParts.count) output(s); expected \(expectedParts.count)."
    }
    for (got, want) in zip(actualParts, expectedParts) {
      if let message = shapeMismatch(actual: got.shape, expected: want.shape) {
        return prefix(got.name) + message
      }
    }
    for (got, want) in zip(actualParts, expectedParts) {
      if let message = nonFinite(
        actual: got, expected: want, inputs: inputs, advice: advice)
      {
        return prefix(got.name) + message
      }
    }
    for (got, want) in zip(actualParts, expectedParts) {
      if let message = valueMismatch(actual: got, expected: want, rtol: rtol, atol: atol) {
        return prefix(got.name) + message
      }
    }
    return nil
  }

  /// Whether one element is close to its expected value.
  static func isClose(_ actual: Double, _ expected: Double, rtol: Double, atol: Double) -> Bool {
    if actual.isNaN || expected.isNaN { return actual.isNaN && expected.isNaN }
    if actual.isInfinite || expected.isInfinite { return actual == expected }
    return abs(actual - expected) <= atol + rtol * abs(expected)
  }

  static func shapeMismatch(actual: [Int], expected: [Int]) -> String? {
    guard actual != expected else { return nil }
    var message =
      "returned shape \(CheckText.shape(actual)); expected \(CheckText.shape(expected))."
    if actual.count == 2, expected.count == 2, actual == expected.reversed() {
      message +=
        " That is the expected shape transposed: check the order of the factors in the "
        + "matrix product, and which axis you work along."
    } else if actual.count == 2, expected.count == 2, actual[0] == expected[0] {
      message +=
        " The rows are right but not the columns: each row of the input should give one row "
        + "of \(expected[1]) values; check the shape of the weights you multiply by."
    } else if actual.count == 2, expected.count == 2, actual[1] == expected[1] {
      message +=
        " The columns are right but not the rows: each row of the input should give one row "
        + "of the output; check that you keep every row (and don't sum over them)."
    }
    return message
  }

  private static func prefix(_ name: String) -> String {
    name.isEmpty ? "" : "`\(name)`: "
  }

  private static func nonFinite(
    actual: OutputPart, expected: OutputPart, inputs: [Matrix], advice: StabilityAdvice
  ) -> String? {
    guard
      let index = actual.values.indices.first(where: {
        !actual.values[$0].isFinite && expected.values[$0].isFinite
      })
    else { return nil }
    let value = actual.values[index]
    let what = value.isNaN ? "NaN" : CheckText.format(value)
    let place = actual.shape.isEmpty ? "" : " at \(actual.position(of: index))"
    let input = inputs.first { input in
      input.shape == actual.shape && abs(input.storage[index]) >= 50
    }
    let expectedText = CheckText.format(expected.values[index])
    if let input, input.storage[index] > 0, value.isNaN || value > 0 {
      return "\(what) first appears\(place); the input there was large "
        + "(\(CheckText.format(input.storage[index]))): " + advice.overflow
    }
    // An output no input lines up with (a loss, one number per row) is traced to the largest
    // input only when that is beyond exp's reach: 50 could be scaled up, but not told apart
    // from a ×10 trial's ordinary values.
    if !inputs.contains(where: { $0.shape == actual.shape }), value.isNaN || value > 0,
      let largest = inputs.compactMap({ $0.storage.max() }).max(), largest > overflowThreshold
    {
      return "\(what) first appears\(place) (expected \(expectedText)); an input was as large as "
        + "\(CheckText.format(largest)): " + advice.overflow
    }
    // exp underflows the sum of a row only when every exp in it is 0: a lone very negative
    // value beside larger ones (a ±1000 trial) says nothing about underflow.
    if let input, let underflow = advice.underflow, input.storage[index] < 0,
      rowIsVeryNegative(input, at: index)
    {
      return "\(what) first appears\(place); the input there was very negative "
        + "(\(CheckText.format(input.storage[index]))): " + underflow
    }
    if value == -.infinity {
      return "-inf first appears\(place) where \(expectedText) was expected: if your code "
        + "masks with −∞, check which entries it masks; otherwise look for the log of 0."
    }
    return "\(what) first appears\(place) (expected \(expectedText))"
      + ": look for a division by zero, the log of 0 or of a negative number, "
      + "or exp of a large number."
  }

  /// log(Double.greatestFiniteMagnitude): exp of anything larger is ∞.
  static let overflowThreshold = 709.78

  /// Whether every element in the row of `index` is ≤ −50, so that exp of each is tiny.
  private static func rowIsVeryNegative(_ input: Matrix, at index: Int) -> Bool {
    guard input.columns > 0 else { return false }
    let start = index / input.columns * input.columns
    return input.storage[start..<start + input.columns].allSatisfy { $0 <= -50 }
  }

  private static func valueMismatch(
    actual: OutputPart, expected: OutputPart, rtol: Double, atol: Double
  ) -> String? {
    var offCount = 0
    var worst: (index: Int, excess: Double)?
    for index in actual.values.indices {
      let got = actual.values[index]
      let want = expected.values[index]
      guard !isClose(got, want, rtol: rtol, atol: atol) else { continue }
      offCount += 1
      // How many times the allowed difference this element is off; infinite for NaN/∞.
      let allowed = atol + rtol * abs(want)
      let difference = abs(got - want)
      let excess =
        difference.isFinite ? difference / max(allowed, .leastNormalMagnitude) : .infinity
      if worst == nil || excess > worst!.excess { worst = (index, excess) }
    }
    guard let worst else { return nil }
    let got = actual.values[worst.index]
    let want = expected.values[worst.index]
    let absolute = abs(got - want)
    let relative = want == 0 ? Double.infinity : absolute / abs(want)
    let errors =
      "(absolute error \(CheckText.short(absolute))"
      + (want == 0 ? "" : ", relative error \(CheckText.short(relative))") + ")"
    let (wantText, gotText) = CheckText.distinct(want, got)
    let values = "expected \(wantText), got \(gotText) \(errors)"
    if actual.values.count == 1 {
      return values + "."
    }
    let count =
      offCount == 1
      ? "1 of \(actual.values.count) elements is off"
      : "\(offCount) of \(actual.values.count) elements are off"
    return "\(count); the worst is at \(actual.position(of: worst.index)): \(values)."
  }
}
