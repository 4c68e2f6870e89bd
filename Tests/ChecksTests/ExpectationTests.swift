import Reference
import Testing

@testable import Checks

@Suite struct ExpectationTests {
  @Test func closeValuesPass() throws {
    try expectClose(Matrix([[1, 2]]), Matrix([[1 + 1e-9, 2]]))
    try expectClose(0.5, 0.5 + 1e-12)
    try expectClose([1.0, Double.nan], [1.0, .nan])
  }

  @Test func transposedShapeIsNamed() {
    #expect(
      throws: CheckFailure(
        "returned shape [3, 2]; expected [2, 3]. That is the expected shape transposed: check the "
          + "order of the factors in the matrix product, and which axis you work along.")
    ) {
      try expectClose(Matrix(rows: 3, columns: 2), Matrix(rows: 2, columns: 3))
    }
  }

  @Test func wrongColumnsAreNamed() {
    #expect(
      throws: CheckFailure(
        "returned shape [2, 3]; expected [2, 4]. The rows are right but not the columns: each row "
          + "of the input should give one row of 4 values; check the shape of the weights you "
          + "multiply by.")
    ) {
      try expectShape(Matrix(rows: 2, columns: 3), [2, 4])
    }
  }

  @Test func worstElementAndCountAreNamed() {
    let expected = Matrix([[0.0900306, 0.2447285, 0.6652410]])
    let actual = Matrix([[0.0900306, 0.25, 0.7]])
    #expect(
      throws: CheckFailure(
        "2 of 3 elements are off; the worst is at (0, 2): expected 0.665241, got 0.7 "
          + "(absolute error 0.03476, relative error 0.05225).")
    ) {
      try expectClose(actual, expected, atol: 1e-6)
    }
  }

  @Test func scalarMismatchHasNoPosition() {
    #expect(throws: CheckFailure("expected 2.5, got 3 (absolute error 0.5, relative error 0.2).")) {
      try expectClose(3.0, 2.5)
    }
  }

  @Test func nanIsTracedToLargeInput() {
    let input = Matrix([[1, 2, 1000]])
    let message = Closeness.mismatch(
      actual: Matrix([[0, 0, Double.nan]]), expected: Matrix([[0, 0, 1]]), rtol: 1e-5, atol: 0,
      inputs: [input])
    #expect(
      message
        == "NaN first appears at (0, 2); the input there was large (1000): exp of a number above "
        + "about 709.8 overflows to ∞, and ∞/∞, ∞ − ∞ or 0·∞ is NaN. If your code takes exp of "
        + "it, rewrite the formula so that exp only ever sees values ≤ 0.")
  }

  /// A softmax, a cross-entropy or attention is told to shift each row by its maximum.
  @Test func aRowWiseExerciseIsToldToSubtractTheRowMaximum() {
    let message = Closeness.mismatch(
      actual: Matrix([[0, Double.nan]]), expected: Matrix([[0, 1]]), rtol: 1e-5, atol: 0,
      inputs: [Matrix([[-3, 800]])], advice: .rowMaximum)
    #expect(
      message
        == "NaN first appears at (0, 1); the input there was large (800): exp of a number above "
        + "about 709.8 overflows to ∞, and ∞/∞ is NaN. Subtract each row's maximum before exp: "
        + "the shift changes no probability, and the largest exp is exactly 1.")
  }

  /// An element-wise function (a sigmoid) states its own fix, and no row is mentioned.
  @Test func anExercisesOwnAdviceFollowsTheLargeInput() {
    let advice = StabilityAdvice(overflow: "use 1/(1 + e^(−z)) for z ≥ 0.")
    let message = Closeness.mismatch(
      actual: Matrix([[Double.nan], [0]]), expected: Matrix([[1], [0]]), rtol: 1e-5, atol: 0,
      inputs: [Matrix([[1000], [-1000]])], advice: advice)
    #expect(
      message
        == "NaN first appears at (0, 0); the input there was large (1000): use 1/(1 + e^(−z)) "
        + "for z ≥ 0.")
  }

  @Test func anUnderflowIsNotCalledAnOverflow() {
    let message = Closeness.mismatch(
      actual: Matrix([[Double.nan, 0]]), expected: Matrix([[0.5, 0.5]]), rtol: 1e-5, atol: 0,
      inputs: [Matrix([[-1000, -1000]])], advice: .rowMaximum)
    #expect(
      message
        == "NaN first appears at (0, 0); the input there was very negative (-1000): exp "
        + "underflows to 0 there, so a sum of them is 0 and dividing by it (or its log) is not "
        + "finite. Subtract the row's own maximum before exp.")
  }

  /// A loss (one number) cannot be traced to an element, but to an input beyond exp's reach:
  /// a cross-entropy is told to compute log-sum-exp with the shift.
  @Test func aLossIsTracedToAnInputBeyondExpsReach() {
    let message = Closeness.mismatch(
      actual: Double.infinity, expected: 2000.0, rtol: 1e-5, atol: 0,
      inputs: [Matrix([[1000, -1000]])], advice: .logSumExp)
    #expect(
      message
        == "inf first appears (expected 2000); an input was as large as 1000: exp of a number "
        + "above about 709.8 overflows to ∞, so log Σ exp(xⱼ) is ∞ (and ∞ − ∞ is NaN). Compute "
        + "it as m + log Σ exp(xⱼ − m), m the row's maximum: the largest exp is then exactly 1, "
        + "and the loss never needs a probability's log.")
  }

  /// An input of 100 (a ×10 trial) is no sign of overflow where no element lines up with it.
  @Test func aLossBesideOrdinaryInputsGetsTheGeneralCauses() throws {
    let message = try #require(
      Closeness.mismatch(
        actual: Double.nan, expected: 2.0, rtol: 1e-5, atol: 0,
        inputs: [Matrix([[100, -100]])], advice: .logSumExp))
    #expect(message.hasPrefix("NaN first appears (expected 2): look for a division by zero"))
  }

  /// Only an exercise that sums a row of exps is told that the sum underflowed: another one
  /// (a sigmoid, or one that states no advice) gets the general causes.
  @Test(arguments: [StabilityAdvice.general, StabilityAdvice(overflow: "use exp(−|z|).")])
  func aVeryNegativeRowIsAnUnderflowOnlyWhereRowsAreSummed(advice: StabilityAdvice) {
    let message = Closeness.mismatch(
      actual: Matrix([[Double.nan, 0]]), expected: Matrix([[0, 0]]), rtol: 1e-5, atol: 0,
      inputs: [Matrix([[-1000, -1000]])], advice: advice)
    #expect(
      message
        == "NaN first appears at (0, 0) (expected 0): look for a division by zero, the log of 0 "
        + "or of a negative number, or exp of a large number.")
  }

  @Test func nanWithoutLargeInputSuggestsCauses() {
    #expect(
      throws: CheckFailure(
        "NaN first appears at [1] (expected 2): look for a division by zero, the log of 0 or of a "
          + "negative number, or exp of a large number.")
    ) {
      try expectClose([1.0, .nan], [1.0, 2.0])
    }
  }

  @Test func partsAreNamed() {
    struct Pair: Parts {
      var a: Matrix
      var b: [Double]
      var parts: [(String, any CheckOutput)] { [("dW", a), ("db", b)] }
    }
    let expected = Pair(a: Matrix([[1]]), b: [1, 2])
    let actual = Pair(a: Matrix([[1]]), b: [1, 3])
    #expect(
      throws: CheckFailure(
        "`db`: 1 of 2 elements is off; the worst is at [1]: expected 2, got 3 "
          + "(absolute error 1, relative error 0.5).")
    ) {
      try expectClose(actual, expected)
    }
  }

  @Test func equalTrueAndFinite() {
    #expect(throws: CheckFailure("expected 4, got 5.")) { try expectEqual(5, 4) }
    #expect(throws: CheckFailure("rows must sum to 1")) {
      try expectTrue(false, "rows must sum to 1")
    }
    #expect(
      throws: CheckFailure(
        "inf first appears at (1, 0): look for a division by zero, the log of 0 or of a negative "
          + "number, or exp of a large number.")
    ) {
      try expectFinite(Matrix([[1], [.infinity]]))
    }
  }

  @Test(arguments: [(1e-9, true), (1e-3, false)])
  func gradientThreshold(perturbation: Double, passes: Bool) {
    let numerical = Matrix([[1, -2], [0.5, 3]])
    var analytic = numerical
    analytic.storage[3] += perturbation
    let outcome = Result { try expectGradientsMatch(analytic: analytic, numerical: numerical) }
    let passed = (try? outcome.get()) != nil
    #expect(passed == passes)
  }

  @Test func gradientMessageNamesWorstElement() {
    #expect(
      throws: CheckFailure(
        "the gradient differs from the numerical estimate: relative error 0.5 (allowed 1e-07); "
          + "worst at (0, 1): analytic 1, numerical 2. That is far off: check the backward rule.")
    ) {
      try expectGradientsMatch(analytic: Matrix([[1, 1]]), numerical: Matrix([[1, 2]]))
    }
  }
}

@Suite struct FeedbackTextTests {
  @Test func numbersAreShownWithDigitsThatDiffer() {
    do {
      try expectClose(1.99880001, 1.9988, rtol: 0, atol: 1e-12)
    } catch {
      #expect(error.message.hasPrefix("expected 1.9988, got 1.99880001 "))
    }
  }

  @Test func tupleOutputsAreNamedByTheirLabels() {
    let actual = Named((weight: Matrix([[1, 2]]), velocity: Matrix([[3, 4]])))
    let expected = Named((weight: Matrix([[1, 2]]), velocity: Matrix([[3, 5]])))
    do {
      try expectClose(actual, expected)
      Issue.record("expected a failure")
    } catch {
      #expect(error.message.hasPrefix("`velocity`: 1 of 2 elements is off; the worst is at (0, 1)"))
    }
    #expect(Named((Matrix([[1]]), 2.0)).parts.map(\.0) == ["0", "1"])
  }

  @Test func anIntendedMinusInfinityIsNotCalledTheLogOfZero() {
    do {
      try expectClose(Matrix([[1, -.infinity]]), Matrix([[1, 2]]))
    } catch {
      #expect(
        error.message.hasPrefix(
          "-inf first appears at (0, 1) where 2 was expected: if your code masks with −∞"))
    }
  }

  @Test func anExampleNamesTheOutputItChecks() {
    #expect(
      throws: CheckFailure(
        "`keys`: 1 of 2 elements is off; the worst is at (0, 1): expected 2, got 3 "
          + "(absolute error 1, relative error 0.5).")
    ) {
      try expectClose(Matrix([[1, 3]]), Matrix([[1, 2]]), named: "keys")
    }
    #expect(
      throws: CheckFailure(
        "`keys`: returned shape [1, 3]; expected [1, 2]. The rows are right but not the columns: each row of the input should give one row of 2 values; check the shape of the weights you multiply by."
      )
    ) {
      try expectShape(Matrix(rows: 1, columns: 3), [1, 2], named: "keys")
    }
  }

  @Test func aLoneVeryNegativeInputIsNotCalledAnUnderflow() throws {
    // A ±1000 trial: the input under the NaN is −1000 but its row also holds +1000, so no
    // row of exps sums to 0 and the underflow advice would be wrong (SwiGLU overflows).
    let message = try #require(
      Closeness.mismatch(
        actual: Matrix([[Double.nan, 0]]), expected: Matrix([[0.5, 0.5]]), rtol: 1e-5, atol: 0,
        inputs: [Matrix([[-1000, 1000]])]))
    #expect(!message.contains("underflow"))
    #expect(!message.contains("row's own maximum"))
    #expect(message.hasPrefix("NaN first appears at (0, 0) (expected 0.5): look for"))
  }

  @Test func aCheckWrittenNumberHasFewDigitsButEnoughToDiffer() {
    #expect(numberText(4.078406810760498) == "4.078")
    #expect(numberText(2.48015, beside: 2.48) == "2.4802")
    #expect(numberText(2.48, beside: 2.48015) == "2.48")
    #expect(numberText(.nan, beside: 1) == "nan")
    #expect(numberText(3, beside: 3) == "3")
  }
}
