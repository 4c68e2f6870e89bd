#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The log-sum-exp of each row, `log Σⱼ exp(xⱼ)`, computed without overflow.
///
/// `LSE(x) = m + log Σⱼ exp(xⱼ − m)` with `m = max(x)`: every `exp` is at most 1 and the largest
/// is exactly 1, so the sum neither overflows nor underflows to 0. A row with a NaN gives NaN;
/// a row containing `+∞` gives NaN (∞ − ∞); a row of `−∞` gives NaN.
///
/// - Parameter x: a `[rows, columns]` matrix with `columns ≥ 1`.
/// - Returns: a vector of length `rows`.
public func rowLogSumExp(_ x: Matrix) -> [Double] {
  let maxima = x.rowMaxima
  return (0..<x.rows).map { r in
    var total = 0.0
    for c in 0..<x.columns { total += exp(x[r, c] - maxima[r]) }
    return maxima[r] + log(total)
  }
}

/// The mean cross-entropy of softmax(logits) against integer class targets.
///
/// For row `i` with target class `yᵢ`, the loss is `−log softmax(xᵢ)_{yᵢ} = LSE(xᵢ) − xᵢ,yᵢ`,
/// computed from the logits through `rowLogSumExp` so that no probability is ever formed: logits
/// of ±1000 give finite, exact losses (a row `[1000, −1000]` with target 1 costs 2000). The
/// result is the mean over the `n` rows (PyTorch's `F.cross_entropy`, `reduction="mean"`).
///
/// Edge cases: a target whose logit is `−∞` gives `+∞`; a NaN anywhere gives NaN.
///
/// - Parameters:
///   - logits: an `[n, c]` matrix of unnormalised scores, `n ≥ 1`, `c ≥ 1`.
///   - targets: `n` class indices, each in `0..<c`.
/// - Returns: a number ≥ 0 (0 only when every target has all the probability).
public func crossEntropy(logits: Matrix, targets: [Int]) -> Double {
  checkClassTargets(logits: logits, targets: targets, in: "crossEntropy")
  let lse = rowLogSumExp(logits)
  var total = 0.0
  for (r, target) in targets.enumerated() { total += lse[r] - logits[r, target] }
  return total / Double(logits.rows)
}

/// The gradient of `crossEntropy(logits:targets:)` with respect to the logits.
///
/// `∂L/∂xᵢⱼ = (softmax(xᵢ)ⱼ − 1[j = yᵢ]) / n`: the predicted probabilities minus the one-hot
/// targets, divided by the batch size because the loss is a mean. Each row sums to 0.
///
/// - Returns: an `[n, c]` matrix.
public func crossEntropyGradient(logits: Matrix, targets: [Int]) -> Matrix {
  checkClassTargets(logits: logits, targets: targets, in: "crossEntropyGradient")
  var gradient = softmax(logits)
  for (r, target) in targets.enumerated() { gradient[r, target] -= 1 }
  return (1 / Double(logits.rows)) * gradient
}

private func checkClassTargets(logits: Matrix, targets: [Int], in function: String) {
  precondition(
    logits.rows >= 1 && logits.columns >= 1, "\(function): logits \(logits.shape) are empty")
  precondition(
    targets.count == logits.rows,
    "\(function): \(targets.count) targets for \(logits.rows) rows of logits")
  for (r, target) in targets.enumerated() {
    precondition(
      target >= 0 && target < logits.columns,
      "\(function): target \(target) of row \(r) is outside 0..<\(logits.columns)")
  }
}
