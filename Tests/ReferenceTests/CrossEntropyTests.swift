import Testing

@testable import Reference

@Suite struct CrossEntropyTests {
  @Test func matchesJAX() throws {
    for fixture in try FixtureFile.load("core").cases(of: "cross_entropy") {
      let logits = try fixture.matrix("logits")
      let targets = try fixture.integers("targets")
      #expect(
        isClose(crossEntropy(logits: logits, targets: targets), try fixture.number("expected")),
        "\(fixture.name)")
      #expect(
        isClose(
          crossEntropyGradient(logits: logits, targets: targets),
          try fixture.matrix("expected_gradient")),
        "\(fixture.name)")
    }
  }

  @Test func gradientMatchesFiniteDifferences() {
    let logits = Matrix([[0.2, -1.1, 0.7, 1.5], [0.9, 0.1, -0.6, -0.3], [2.0, -2.0, 0.5, 0.0]])
    let targets = [3, 0, 2]
    let numerical = numericalGradient(
      of: { crossEntropy(logits: $0, targets: targets) }, at: logits)
    let analytic = crossEntropyGradient(logits: logits, targets: targets)
    #expect(relativeError(analytic, numerical) < 1e-7)
  }

  @Test func largeLogitsGiveExactFiniteLosses() {
    let logits = Matrix([[1000, -1000]])
    #expect(crossEntropy(logits: logits, targets: [0]) == 0)
    #expect(crossEntropy(logits: logits, targets: [1]) == 2000)
    #expect(crossEntropyGradient(logits: logits, targets: [1]).rowArrays == [[1, -1]])
  }

  @Test func uniformLogitsCostLogOfTheClassCount() {
    let loss = crossEntropy(logits: Matrix(rows: 2, columns: 5, repeating: 3), targets: [0, 4])
    #expect(isClose(loss, 1.6094379124341003))  // log 5
  }

  @Test func gradientRowsSumToZero() {
    let gradient = crossEntropyGradient(
      logits: Matrix([[0.3, -0.2, 1.4], [2, 1, 0]]), targets: [1, 0])
    #expect(gradient.rowSums.allSatisfy { abs($0) < 1e-16 })
  }

  @Test func nonFiniteLogits() {
    #expect(crossEntropy(logits: Matrix([[0, .nan]]), targets: [0]).isNaN)
    #expect(crossEntropy(logits: Matrix([[0, -.infinity]]), targets: [1]) == .infinity)
    #expect(crossEntropy(logits: Matrix([[0, -.infinity]]), targets: [0]) == 0)
  }
}
