import Foundation

/// Counts progress over totalSteps, not over the decay's own length.
func warmupCosine(
  step: Int, warmupSteps: Int, totalSteps: Int, peak: Double, minimum: Double
) -> Double {
  if step < warmupSteps {
    return peak * Double(step + 1) / Double(warmupSteps)
  }
  if step >= totalSteps { return minimum }
  let progress = Double(step - warmupSteps) / Double(totalSteps)
  return minimum + 0.5 * (peak - minimum) * (1 + cos(Double.pi * progress))
}
