import Testing

@testable import Reference

@Suite struct LayerNormTests {
  @Test func rowsHaveMeanZeroAndVarianceOneWithoutGain() {
    let x = 3 * sampleMatrix(3, 7)
    let y = layerNorm(x, gamma: Array(repeating: 1, count: 7), beta: Array(repeating: 0, count: 7))
    for r in 0..<3 {
      let row = y.row(r)
      let mean = row.reduce(0, +) / 7
      let variance = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 7
      #expect(abs(mean) < 1e-15)
      // ε = 1e-5 inside the root pulls the variance just below 1.
      let rawVariance =
        x.row(r).map { $0 - x.row(r).reduce(0, +) / 7 }.map { $0 * $0 }.reduce(0, +) / 7
      #expect(abs(variance - rawVariance / (rawVariance + 1e-5)) < 1e-13)
    }
  }

  @Test(arguments: [0.0, 3.0, -0.7, 0.1, 1e6])
  func constantRowGivesBeta(value: Double) {
    let x = Matrix(rows: 2, columns: 5, repeating: value)
    let gamma = [2.0, -1, 0.5, 3, 1]
    let beta = [0.1, -0.2, 0.3, -0.4, 0.5]
    let y = layerNorm(x, gamma: gamma, beta: beta)
    for r in 0..<2 {
      for c in 0..<5 { #expect(abs(y[r, c] - beta[c]) < 1e-13) }
    }
  }

  @Test func exactlyRepresentableConstantRowGivesBetaExactly() {
    let beta = [0.1, -0.2, 0.3]
    #expect(
      layerNorm(Matrix(rows: 1, columns: 3, repeating: 3), gamma: [5, 6, 7], beta: beta).row(0)
        == beta)
  }

  @Test func shiftingARowChangesNothing() {
    let x = sampleMatrix(2, 6)
    let gamma = [1.0, 2, 3, 4, 5, 6]
    let beta = [0.0, 0, 1, 1, 2, 2]
    let shifted = x.map { $0 + 100 }
    let difference =
      layerNorm(shifted, gamma: gamma, beta: beta) - layerNorm(x, gamma: gamma, beta: beta)
    #expect(difference.storage.allSatisfy { abs($0) < 1e-11 })
  }
}
