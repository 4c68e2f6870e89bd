import Mutation
import Testing

/// The mutants of small snippets, kind by kind: exactly the lines expected, in source order.
@Suite struct MutantGeneratorTests {
  /// `(original, mutated)` of the mutants of `kind` in `source`.
  func changes(_ kind: Mutant.Kind, in source: String) -> [[String]] {
    MutantGenerator.mutants(of: source).filter { $0.kind == kind }.map {
      [$0.original, $0.mutated]
    }
  }

  @Test func arithmeticOperatorsAreSwapped() {
    #expect(
      changes(.arithmetic, in: "let y = a + b * c - d / e\n") == [
        ["let y = a + b * c - d / e", "let y = a - b * c - d / e"],
        ["let y = a + b * c - d / e", "let y = a + b / c - d / e"],
        ["let y = a + b * c - d / e", "let y = a + b * c + d / e"],
        ["let y = a + b * c - d / e", "let y = a + b * c - d * e"],
      ])
    #expect(changes(.arithmetic, in: "z += w\n") == [["z += w", "z -= w"]])
    #expect(changes(.arithmetic, in: "z *= w\n") == [["z *= w", "z /= w"]])
  }

  @Test func comparisonsMoveTheirBoundaryAndDirection() {
    #expect(
      changes(.comparison, in: "f(a < b)\n") == [
        ["f(a < b)", "f(a <= b)"], ["f(a < b)", "f(a > b)"],
      ])
    #expect(changes(.comparison, in: "f(a <= b)\n") == [["f(a <= b)", "f(a < b)"]])
    #expect(
      changes(.comparison, in: "f(a > b)\n") == [
        ["f(a > b)", "f(a >= b)"], ["f(a > b)", "f(a < b)"],
      ])
    #expect(changes(.comparison, in: "f(a >= b)\n") == [["f(a >= b)", "f(a > b)"]])
    #expect(changes(.comparison, in: "f(a == b)\n") == [["f(a == b)", "f(a != b)"]])
  }

  @Test func constantsBecomeZeroPlusOrMinusOneAndDouble() {
    #expect(
      changes(.constant, in: "let n = 2\n") == [
        ["let n = 2", "let n = 0"], ["let n = 2", "let n = 3"], ["let n = 2", "let n = 1"],
        ["let n = 2", "let n = 4"],
      ])
    #expect(
      changes(.constant, in: "let n = 0\n") == [
        ["let n = 0", "let n = 1"], ["let n = 0", "let n = (-1)"],
      ])
    #expect(
      changes(.constant, in: "let x = 0.5\n") == [
        ["let x = 0.5", "let x = 0.0"], ["let x = 0.5", "let x = 1.5"],
        ["let x = 0.5", "let x = (-0.5)"], ["let x = 0.5", "let x = 1.0"],
      ])
  }

  @Test func subscriptArgumentsAreShiftedByOne() {
    #expect(
      changes(.index, in: "f(x[r, k + 1])\n") == [
        ["f(x[r, k + 1])", "f(x[r + 1, k + 1])"], ["f(x[r, k + 1])", "f(x[r - 1, k + 1])"],
        ["f(x[r, k + 1])", "f(x[r, (k + 1) + 1])"], ["f(x[r, k + 1])", "f(x[r, (k + 1) - 1])"],
      ])
    #expect(changes(.index, in: "f(x[0..<n])\n").isEmpty)
    #expect(
      changes(.index, in: "f(c[k, default: 0])\n") == [
        ["f(c[k, default: 0])", "f(c[k + 1, default: 0])"],
        ["f(c[k, default: 0])", "f(c[k - 1, default: 0])"],
      ])
  }

  @Test func twoArgumentsAreSwappedKeepingTheirLabels() {
    #expect(
      changes(.swappedArguments, in: "let m = Matrix(rows: a, columns: b)\n") == [
        ["let m = Matrix(rows: a, columns: b)", "let m = Matrix(rows: b, columns: a)"]
      ])
    #expect(changes(.swappedArguments, in: "let m = f(a, a)\n").isEmpty)
    #expect(changes(.swappedArguments, in: "let m = max(0, z)\n").isEmpty)
    #expect(changes(.swappedArguments, in: "let m = f(a, b, c)\n").isEmpty)
  }

  @Test func assignmentsAreDropped() throws {
    let source = "func f() {\n  var z = 0\n  z += 1\n  z = 2\n  g(z)\n}\n"
    let dropped = MutantGenerator.mutants(of: source).filter { $0.kind == .droppedStatement }
    #expect(dropped.map(\.line) == [3, 4])
    #expect(dropped.map(\.original) == ["z += 1", "z = 2"])
    #expect(dropped.allSatisfy { $0.mutated.isEmpty })
    #expect(
      try #require(dropped.first).source == "func f() {\n  var z = 0\n  \n  z = 2\n  g(z)\n}\n")
  }

  @Test func rowsAndColumnsAreSwapped() {
    #expect(
      changes(.reductionAxis, in: "for r in 0..<x.rows { y = x.rowSums() }\n") == [
        ["for r in 0..<x.rows { y = x.rowSums() }", "for r in 0..<x.columns { y = x.rowSums() }"],
        ["for r in 0..<x.rows { y = x.rowSums() }", "for r in 0..<x.rows { y = x.columnSums() }"],
      ])
  }

  @Test func mutantsAreDistinctAndNeverTheOriginal() {
    let source = "let y = a + 1 + 1\n"
    let mutants = MutantGenerator.mutants(of: source)
    #expect(Set(mutants.map(\.source)).count == mutants.count)
    #expect(!mutants.contains { $0.source == source })
  }

  @Test func samplingIsDeterministicAndSpread() {
    let mutants = MutantGenerator.mutants(of: "let y = a + b * c - d / e\n")
    let sample = MutantGenerator.sample(mutants, limit: 2)
    #expect(sample == [mutants[0], mutants[2]])
    #expect(MutantGenerator.sample(mutants, limit: 10) == mutants)
    #expect(MutantGenerator.sample(mutants, limit: nil) == mutants)
  }
}
