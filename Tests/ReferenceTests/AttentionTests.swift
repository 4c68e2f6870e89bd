import Testing

@testable import Reference

/// A deterministic, irregular matrix: no two entries alike, no symmetry to hide a
/// transposed index.
func sampleMatrix(_ rows: Int, _ columns: Int, seed: Double = 1) -> Matrix {
  Matrix(rows: rows, columns: columns) { r, c in
    (seed * Double(3 * r + 7 * c + 1)).squareRoot().truncatingRemainder(dividingBy: 1.7) - 0.8
  }
}

@Suite struct AttentionTests {
  @Test func weightsAreRowsOfProbabilities() {
    let result = attention(
      q: sampleMatrix(3, 4), k: sampleMatrix(5, 4, seed: 2), v: sampleMatrix(5, 2))
    #expect(result.output.shape == [3, 2])
    #expect(result.weights.shape == [3, 5])
    for total in result.weights.rowSums { #expect(abs(total - 1) < 1e-15) }
  }

  @Test func causalWeightsAboveTheDiagonalAreExactlyZero() {
    let x = sampleMatrix(4, 3)
    let weights = attention(q: x, k: x, v: x, causal: true).weights
    for i in 0..<4 {
      for j in 0..<4 where j > i { #expect(weights[i, j] == 0) }
    }
    #expect(weights[0, 0] == 1)
  }

  @Test func causalOutputIgnoresLaterPositions() {
    let q = sampleMatrix(5, 3, seed: 1)
    let k = sampleMatrix(5, 3, seed: 2)
    let v = sampleMatrix(5, 2, seed: 3)
    let before = attention(q: q, k: k, v: v, causal: true).output
    // Change everything at positions 3 and 4; rows 0...2 must not move.
    var (q2, k2, v2) = (q, k, v)
    for position in 3..<5 {
      for c in 0..<3 {
        q2[position, c] += 10
        k2[position, c] -= 7
      }
      for c in 0..<2 { v2[position, c] *= -3 }
    }
    let after = attention(q: q2, k: k2, v: v2, causal: true).output
    for i in 0..<3 { #expect(after.row(i) == before.row(i)) }
    #expect(after.row(4) != before.row(4))
  }

  @Test(arguments: [(5, 3), (3, 5), (1, 4), (4, 1)])
  func causalMaskNeverEmptiesARow(queries: Int, keys: Int) {
    let result = attention(
      q: sampleMatrix(queries, 2), k: sampleMatrix(keys, 2, seed: 2), v: sampleMatrix(keys, 3),
      causal: true)
    for i in 0..<queries {
      #expect(abs(result.weights.row(i).reduce(0, +) - 1) < 1e-15)
      for j in 0..<keys { #expect((result.weights[i, j] == 0) == (j > i)) }
    }
    #expect(result.output.storage.allSatisfy { $0.isFinite })
  }

  @Test func largeScoresDoNotOverflow() {
    let q = 1e4 * sampleMatrix(3, 2)
    let result = attention(q: q, k: sampleMatrix(4, 2, seed: 2), v: sampleMatrix(4, 3))
    #expect(result.weights.storage.allSatisfy { $0.isFinite })
    #expect(result.output.storage.allSatisfy { $0.isFinite })
    for total in result.weights.rowSums { #expect(abs(total - 1) < 1e-15) }
  }

  @Test func oneKeyReturnsItsValue() {
    let v = Matrix([[2, -1, 0.5]])
    let output = attention(q: sampleMatrix(3, 2), k: sampleMatrix(1, 2), v: v).output
    for i in 0..<3 { #expect(output.row(i) == v.row(0)) }
  }
}
