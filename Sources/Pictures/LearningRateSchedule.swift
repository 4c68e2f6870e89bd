import Base

/// A learning rate that changes over training: a linear warm-up, then a decay to a minimum.
///
/// With `w` warm-up steps, `n` steps in all, peak `η` and minimum `ηₘᵢₙ`, the rate at step `t`
/// (from 0 to `n`) is:
///
///     t < w:   η·t/w                                  (from 0 up to the peak)
///     t ≥ w:   ηₘᵢₙ + (η − ηₘᵢₙ)·d(p),   p = (t − w)/(n − w)
///
/// with `d(p) = ½(1 + cos πp)` for `warmup-cosine` and `d(p) = 1 − p` for `warmup-linear`; so
/// the rate is `η` at step `w` and `ηₘᵢₙ` at step `n`. When `w = n` there is no decay.
///
/// Warm-up keeps the first steps small while Adam's moment estimates are still noisy; the
/// cosine decay is the schedule of GPT-3 and nanoGPT.
///
/// Source: Loshchilov & Hutter, "SGDR: Stochastic Gradient Descent with Warm Restarts", ICLR
/// 2017 (cosine annealing); Goyal et al., "Accurate, Large Minibatch SGD", 2017 (warm-up);
/// Brown et al., "Language Models are Few-Shot Learners", 2020, appendix B.
public struct LearningRateSchedule: Hashable, Sendable {
  public enum Shape: String, CaseIterable, Hashable, Sendable {
    case warmupCosine = "warmup-cosine"
    case warmupLinear = "warmup-linear"
  }

  public var shape: Shape
  /// `n ≥ 1`, the number of steps.
  public var steps: Int
  /// `w`, from 0 to `steps`.
  public var warmup: Int
  /// `η > 0`.
  public var peak: Double
  /// `ηₘᵢₙ`, from 0 to `peak`.
  public var minimum: Double

  public init(shape: Shape, steps: Int, warmup: Int, peak: Double, minimum: Double) {
    precondition(steps >= 1, "LearningRateSchedule: steps \(steps) must be at least 1")
    precondition(
      (0...steps).contains(warmup), "LearningRateSchedule: warmup \(warmup) is outside 0...\(steps)"
    )
    precondition(
      peak > 0 && (0...peak).contains(minimum),
      "LearningRateSchedule: need 0 ≤ minimum (\(minimum)) ≤ peak (\(peak)) and peak > 0")
    self.shape = shape
    self.steps = steps
    self.warmup = warmup
    self.peak = peak
    self.minimum = minimum
  }

  /// The learning rate at step `t` (clamped to `0...steps`).
  public func rate(atStep t: Int) -> Double {
    let t = min(max(t, 0), steps)
    if t < warmup { return peak * Double(t) / Double(warmup) }
    guard steps > warmup else { return peak }
    let progress = Double(t - warmup) / Double(steps - warmup)
    let decay =
      switch shape {
      case .warmupCosine: 0.5 * (1 + cos(Double.pi * progress))
      case .warmupLinear: 1 - progress
      }
    return minimum + (peak - minimum) * decay
  }

  /// The rate at most 1001 evenly spaced steps from 0 to `steps` (every step when there are
  /// fewer), always including the end of the warm-up.
  func picture() -> LineChart {
    // Already in increasing order; the two steps that must be there are put in their place.
    var ts = Array(stride(from: 0, through: steps, by: max(1, steps / 1000)))
    for step in [warmup, steps] {
      let place = ts.firstIndex { $0 >= step } ?? ts.endIndex
      if place == ts.endIndex || ts[place] != step { ts.insert(step, at: place) }
    }
    let points = ts.map { Point(x: Double($0), y: rate(atStep: $0)) }
    return LineChart(
      series: [Series(label: shape.rawValue, points: points)],
      xAxis: .linear(label: "step", lower: 0, upper: Double(steps), roundedOut: false),
      yAxis: .linear(label: "learning rate", lower: 0, upper: peak, roundedOut: true))
  }
}
