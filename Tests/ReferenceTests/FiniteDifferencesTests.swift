import Testing

@testable import Reference

@Suite struct FiniteDifferencesTests {
  @Test func gradientOfASumOfSquaresIsTwiceTheInput() {
    let x = Matrix([[0.5, -1.5, 2.0], [0.25, 3.0, -0.75]])
    let gradient = numericalGradient(of: { ($0.hadamard($0)).sum }, at: x)
    #expect(relativeError(gradient, 2 * x) < 1e-9)
  }

  @Test func gradientLeavesTheFunctionEvaluatedAtUnchangedInputs() {
    let x = Matrix([[1, 2], [3, 4]])
    let gradient = numericalGradient(of: { $0[1, 0] * $0[0, 1] }, at: x)
    #expect(relativeError(gradient, Matrix([[0, 3], [2, 0]])) < 1e-9)
  }

  @Test(arguments: [
    (Matrix([[0, -0.0]]), Matrix([[0, 0]]), 0.0),
    (Matrix([[1, 2]]), Matrix([[1, 2]]), 0.0),
    (Matrix([[1, -1]]), Matrix([[1, 1]]), 2.0),
    (Matrix([[2, 4]]), Matrix([[1, 4]]), 0.5),
    (Matrix([[.infinity]]), Matrix([[.infinity]]), 0.0),
    (Matrix([[.infinity]]), Matrix([[-.infinity]]), 1.0),
    (Matrix([[.infinity]]), Matrix([[3]]), 1.0),
  ])
  func relativeErrorFollowsCS231n(a: Matrix, b: Matrix, expected: Double) {
    #expect(relativeError(a, b) == expected)
    #expect(relativeError(b, a) == expected)
  }

  @Test func relativeErrorOfNaNIsNaN() {
    #expect(relativeError(Matrix([[1, .nan]]), Matrix([[1, 2]])).isNaN)
    #expect(!(relativeError(Matrix([[.nan]]), Matrix([[.nan]])) < 1e-7))
  }

  @Test func relativeErrorOfEmptyMatricesIsZero() {
    #expect(relativeError(Matrix(rows: 0, columns: 3), Matrix(rows: 0, columns: 3)) == 0)
  }
}
