import TestSupport
import Testing

@testable import Reference
@testable import PrimerKit

@Suite struct MatrixTests {
  @Test(arguments: ["matmul/odd_shape", "matmul/row_times_column"])
  func matmulMatchesJAX(_ name: String) throws {
    let fixture = try FixtureFile.load("core").case(name)
    let product = matmul(try fixture.matrix("a"), try fixture.matrix("b"))
    #expect(isClose(product, try fixture.matrix("expected")))
  }

  @Test func transposeAndReductionsMatchJAX() throws {
    let fixture = try FixtureFile.load("core").case("reductions/odd_shape")
    let x = try fixture.matrix("x")
    #expect(x.transposed == (try fixture.matrix("transposed")))
    #expect(isClose(Matrix(row: x.rowSums), Matrix(row: try fixture.vector("row_sums"))))
    #expect(isClose(Matrix(row: x.columnSums), Matrix(row: try fixture.vector("column_sums"))))
    #expect(x.rowMaxima == (try fixture.vector("row_maxima")))
    #expect(isClose(x.sum, try fixture.number("sum")))
    #expect(isClose(x.mean, try fixture.number("mean")))
  }

  @Test func matmulWithAnEmptyInnerDimensionIsZero() {
    #expect(matmul(Matrix(rows: 2, columns: 0), Matrix(rows: 0, columns: 3)) == Matrix(rows: 2, columns: 3))
  }

  @Test func matmulIsTheSumOfProducts() {
    let a = Matrix([[1, 2], [3, 4]])
    let b = Matrix([[5, 6], [7, 8]])
    #expect(matmul(a, b) == Matrix([[19, 22], [43, 50]]))
  }

  @Test func rowMaximaPropagateNaN() {
    #expect(Matrix([[1, .nan, 3]]).rowMaxima[0].isNaN)
    #expect(Matrix([[-.infinity, -.infinity]]).rowMaxima == [-.infinity])
  }

  @Test func elementAccessIsRowMajor() {
    var m = Matrix([[1, 2, 3], [4, 5, 6]])
    #expect(m.shape == [2, 3])
    #expect(m[1, 0] == 4)
    m[0, 2] = 9
    #expect(m.storage == [1, 2, 9, 4, 5, 6])
    #expect(m.row(1) == [4, 5, 6])
    #expect(m.column(2) == [9, 6])
    #expect(m.rowArrays == [[1, 2, 9], [4, 5, 6]])
  }

  @Test func broadcastingABiasAddsItToEveryRow() {
    #expect(Matrix([[1, 2], [3, 4]]).addingToEachRow([10, 20]) == Matrix([[11, 22], [13, 24]]))
  }

  @Test func descriptionAlignsColumnsAndShowsTheShape() {
    let text = Matrix([[1, -2.5, 0], [3.14159, 1e6, .nan]]).description
    #expect(
      text == """
        [2, 3]
        ⎡ 1.0000  -2.5000  0.0000 ⎤
        ⎣ 3.1416  1.0e+06     nan ⎦
        """)
    #expect(Matrix(rows: 0, columns: 3).description == "[0, 3] (empty)")
    #expect(Matrix([[-0.0, 0.0001]]).description == "[1, 2]\n[ -0.0000  1.0e-04 ]")
  }
}

@Suite struct MatmulFastPathTests {
  @Test(arguments: [(1, 1, 1), (3, 5, 2), (7, 1, 4), (4, 6, 9), (2, 0, 3), (0, 3, 2), (3, 2, 0)])
  func theFastPathEqualsThePlainLoopsBitForBit(n: Int, k: Int, m: Int) {
    var generator = SplitMix64(seed: UInt64(n * 100 + k * 10 + m))
    let a = Matrix(rows: n, columns: k) { _, _ in Double(generator.next() % 2001) / 100 - 10 }
    let b = Matrix(rows: k, columns: m) { _, _ in Double(generator.next() % 2001) / 100 - 10 }
    #expect(matmulFast(a, b) == matmulPlain(a, b))
  }

  @Test func nonFiniteValuesPropagateAsInThePlainLoops() {
    let a = Matrix([[0, 1], [.infinity, 2]])
    let b = Matrix([[.nan, 1], [3, -.infinity]])
    let fast = matmulFast(a, b)
    let plain = matmulPlain(a, b)
    #expect(zip(fast.storage, plain.storage).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) })
  }
}
