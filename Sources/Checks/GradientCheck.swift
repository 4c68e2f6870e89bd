import Reference

/// Expects an analytic gradient to agree with a numerical one, as CS231n's gradient check.
///
/// For each part (each parameter), the relative error is
/// `max over i of |aᵢ − nᵢ| / max(|aᵢ|, |nᵢ|)` (``Reference/relativeError(_:_:)``); the check
/// passes when every part's error is below `threshold`. CS231n: below 1e-7 the gradients
/// agree; around 1e-4 a kink or a bug; above 1e-2 the gradient is probably wrong. Compute
/// `numerical` with ``Reference/numericalGradient(of:at:step:)`` on small inputs away from
/// kinks.
///
/// - Parameters:
///   - analytic: the learner's gradient: a `Matrix`, an array, or ``Parts`` named per parameter.
///   - numerical: the finite-difference estimate, of the same shape.
///   - threshold: the largest relative error allowed; 1e-7 by default, looser (1e-5) for
///     functions with `exp` or `log` of large values.
/// - Throws: ``CheckFailure`` naming the worst parameter, its error and its worst element.
public func expectGradientsMatch<T: CheckOutput>(
  analytic: T, numerical: T, threshold: Double = 1e-7
) throws(CheckFailure) {
  let analyticParts = analytic.outputParts
  let numericalParts = numerical.outputParts
  precondition(
    analyticParts.map(\.name) == numericalParts.map(\.name),
    "expectGradientsMatch: the analytic and numerical gradients have different parts")
  var worst: (name: String, error: Double, index: Int, part: Int)?
  for (partIndex, (a, n)) in zip(analyticParts, numericalParts).enumerated() {
    if let message = Closeness.shapeMismatch(actual: a.shape, expected: n.shape) {
      throw CheckFailure((a.name.isEmpty ? "" : "`\(a.name)`: ") + "the gradient " + message)
    }
    let error = relativeError(
      Matrix(rows: 1, columns: a.values.count, storage: a.values),
      Matrix(rows: 1, columns: n.values.count, storage: n.values))
    let worstIndex =
      a.values.indices.max {
        elementError(a.values[$0], n.values[$0]) < elementError(a.values[$1], n.values[$1])
      }
      ?? 0
    if error.isNaN || worst == nil || error > worst!.error {
      worst = (a.name, error, worstIndex, partIndex)
      if error.isNaN { break }
    }
  }
  guard let worst, !(worst.error < threshold) else { return }
  let part = analyticParts[worst.part]
  // A part is named after the gradient it holds (`dx`, `∂L/∂W`), so its name stands alone.
  let name = worst.name.isEmpty ? "the gradient" : "`\(worst.name)`"
  let place = part.shape.isEmpty ? "" : " at \(part.position(of: worst.index))"
  let verdict =
    worst.error > 1e-2
    ? "far off: check the backward rule"
    : "close but not right: look for a missing term or a kink (ReLU at 0) in the inputs"
  throw CheckFailure(
    "\(name) differs from the numerical estimate: relative error \(CheckText.short(worst.error))"
      + " (allowed \(CheckText.short(threshold))); worst\(place): analytic "
      + "\(CheckText.format(part.values[worst.index])), numerical "
      + "\(CheckText.format(numericalParts[worst.part].values[worst.index])). That is \(verdict).")
}

private func elementError(_ a: Double, _ b: Double) -> Double {
  if a.isNaN || b.isNaN { return .infinity }
  if a == b { return 0 }
  return abs(a - b) / max(abs(a), abs(b))
}
