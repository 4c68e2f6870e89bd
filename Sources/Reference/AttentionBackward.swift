/// The gradients of a scalar loss with respect to the three inputs of `attention`.
public struct AttentionGradients: Equatable, Sendable {
  /// `∂L/∂Q`, `[tq, dₖ]`.
  public var gradQ: Matrix
  /// `∂L/∂K`, `[tk, dₖ]`.
  public var gradK: Matrix
  /// `∂L/∂V`, `[tk, dᵥ]`.
  public var gradV: Matrix

  /// Groups the three gradients.
  public init(gradQ: Matrix, gradK: Matrix, gradV: Matrix) {
    self.gradQ = gradQ
    self.gradK = gradK
    self.gradV = gradV
  }
}

/// The backward pass of `attention(q:k:v:causal:)`: given `∂L/∂O`, the gradients with
/// respect to `Q`, `K` and `V`.
///
/// With `S = Q·Kᵀ/√dₖ` (masked), `P = softmax(S)` and `O = P·V`, the chain rule walked
/// backwards gives, one step per forward step:
///
/// - `∂L/∂V = Pᵀ·∂L/∂O` and `∂L/∂P = ∂L/∂O·Vᵀ` (matrix product);
/// - `∂L/∂S = P ⊙ (∂L/∂P − rowsum(P ⊙ ∂L/∂P))` (softmax, row by row: its Jacobian is
///   `diag(p) − p·pᵀ`);
/// - masked entries have `P = 0`, so their `∂L/∂S` is 0 and nothing flows to the keys a
///   query could not see;
/// - `∂L/∂Q = ∂L/∂S·K/√dₖ` and `∂L/∂K = (∂L/∂S)ᵀ·Q/√dₖ`.
///
/// The forward pass is recomputed rather than cached, which keeps the signature small.
///
/// - Parameters:
///   - q: the queries, `[tq, dₖ]`.
///   - k: the keys, `[tk, dₖ]`.
///   - v: the values, `[tk, dᵥ]`.
///   - causal: the mask used in the forward pass.
///   - gradOutput: `∂L/∂O`, `[tq, dᵥ]`.
/// - Returns: `∂L/∂Q`, `∂L/∂K`, `∂L/∂V`, each shaped like its input.
public func attentionBackward(
  q: Matrix, k: Matrix, v: Matrix, causal: Bool = false, gradOutput: Matrix
) -> AttentionGradients {
  let forward = attention(q: q, k: k, v: v, causal: causal)
  precondition(
    gradOutput.shape == forward.output.shape,
    "attentionBackward: the output gradient \(gradOutput.shape) must have the output's shape \(forward.output.shape)"
  )
  let p = forward.weights  // [tq, tk]
  let scale = 1 / Double(k.columns).squareRoot()

  let gradV = matmul(p.transposed, gradOutput)  // [tk, dᵥ]
  let gradP = matmul(gradOutput, v.transposed)  // [tq, tk]

  var gradS = gradP  // [tq, tk]
  for i in 0..<p.rows {
    var dot = 0.0
    for j in 0..<p.columns { dot += p[i, j] * gradP[i, j] }
    for j in 0..<p.columns { gradS[i, j] = p[i, j] * (gradP[i, j] - dot) }
  }

  let gradQ = scale * matmul(gradS, k)  // [tq, dₖ]
  let gradK = scale * matmul(gradS.transposed, q)  // [tk, dₖ]
  return AttentionGradients(gradQ: gradQ, gradK: gradK, gradV: gradV)
}
