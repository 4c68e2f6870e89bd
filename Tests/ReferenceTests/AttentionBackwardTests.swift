import Testing

@testable import Reference

/// The backward pass of attention against centred finite differences.
@Suite struct AttentionBackwardTests {
  /// A shape to differentiate at: `tq`, `tk`, `dₖ`, `dᵥ`, and the mask.
  struct Shape: CustomTestStringConvertible, Sendable {
    var queries: Int
    var keys: Int
    var keyWidth: Int
    var valueWidth: Int
    var causal: Bool
    var testDescription: String {
      "[\(queries), \(keyWidth)]·[\(keys), \(keyWidth)]ᵀ·[\(keys), \(valueWidth)]"
        + (causal ? " causal" : "")
    }
  }

  static let shapes = [
    Shape(queries: 3, keys: 3, keyWidth: 2, valueWidth: 2, causal: false),
    Shape(queries: 4, keys: 4, keyWidth: 3, valueWidth: 2, causal: true),
    Shape(queries: 3, keys: 5, keyWidth: 4, valueWidth: 2, causal: false),
    Shape(queries: 5, keys: 3, keyWidth: 2, valueWidth: 3, causal: true),
    Shape(queries: 2, keys: 4, keyWidth: 3, valueWidth: 1, causal: true),
  ]

  @Test(arguments: shapes)
  func gradientsMatchFiniteDifferences(shape: Shape) {
    let q = sampleMatrix(shape.queries, shape.keyWidth, seed: 1.3)
    let k = sampleMatrix(shape.keys, shape.keyWidth, seed: 2.9)
    let v = sampleMatrix(shape.keys, shape.valueWidth, seed: 5.1)
    let gradOutput = sampleMatrix(shape.queries, shape.valueWidth, seed: 7.7)
    // L = Σ O ⊙ G, whose gradient with respect to O is G.
    func loss(_ q: Matrix, _ k: Matrix, _ v: Matrix) -> Double {
      attention(q: q, k: k, v: v, causal: shape.causal).output.hadamard(gradOutput).sum
    }
    let analytic = attentionBackward(
      q: q, k: k, v: v, causal: shape.causal, gradOutput: gradOutput)

    #expect(relativeError(analytic.gradQ, numericalGradient(of: { loss($0, k, v) }, at: q)) < 1e-7)
    #expect(relativeError(analytic.gradK, numericalGradient(of: { loss(q, $0, v) }, at: k)) < 1e-7)
    #expect(relativeError(analytic.gradV, numericalGradient(of: { loss(q, k, $0) }, at: v)) < 1e-7)
  }

  @Test func keysAQueryCannotSeeGetNoGradient() {
    // Three queries, five keys, causal: keys 3 and 4 are never seen.
    let gradients = attentionBackward(
      q: sampleMatrix(3, 2), k: sampleMatrix(5, 2, seed: 2), v: sampleMatrix(5, 2, seed: 3),
      causal: true, gradOutput: sampleMatrix(3, 2, seed: 4))
    for j in 3..<5 {
      #expect(gradients.gradK.row(j) == [0, 0])
      #expect(gradients.gradV.row(j) == [0, 0])
    }
  }
}
