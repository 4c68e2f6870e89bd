/// The mean cross-entropy of rows of logits against target classes, as a `[1, 1]` tensor.
///
/// `L = (1/N) Σᵣ (logsumexp(zᵣ) − z_{r,targetᵣ})`, computed with the row maximum subtracted
/// so `exp` cannot overflow. Backward: `∂L/∂zᵣ = (softmax(zᵣ) − onehot(targetᵣ))/N`.
/// Matches `Reference.crossEntropy(logits:targets:)`.
///
/// - Parameters:
///   - logits: `[N, V]`.
///   - targets: `N` classes in `0..<V`.
@inlinable
public func crossEntropy<Scalar: TensorScalar>(_ logits: Tensor<Scalar>, targets: [Int])
  -> Tensor<Scalar>
{
  let (n, v) = (logits.rows, logits.columns)
  precondition(targets.count == n, "crossEntropy: \(targets.count) targets for \(n) rows")
  var probabilities = [Scalar](unspecified: n * v)
  var total: Scalar = 0
  logits.value.withUnsafeBufferPointer { z in
    probabilities.withUnsafeMutableBufferPointer { p in
      for r in 0..<n {
        let target = targets[r]
        precondition(target >= 0 && target < v, "crossEntropy: target \(target) outside 0..<\(v)")
        let row = r * v
        var largest = z[row]
        for c in 0..<v where z[row + c] > largest { largest = z[row + c] }
        var sum: Scalar = 0
        for c in 0..<v {
          let e = Scalar.exp(z[row + c] - largest)
          p[row + c] = e
          sum += e
        }
        let inverse = 1 / sum
        for c in 0..<v { p[row + c] *= inverse }
        total += Scalar.log(sum) + largest - z[row + target]
      }
    }
  }
  let mean = total / Scalar(n)
  return Tensor(rows: 1, columns: 1, value: [mean], parents: [logits]) { out in
    let scale = out.grad[0] / Scalar(n)
    probabilities.withUnsafeBufferPointer { p in
      logits.grad.withUnsafeMutableBufferPointer { g in
        for r in 0..<n {
          for c in 0..<v { g[r * v + c] += scale * p[r * v + c] }
          g[r * v + targets[r]] -= scale
        }
      }
    }
  }
}
