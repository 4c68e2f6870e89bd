import Base

/// An axis of a chart: its range, its scale and the ticks to label.
public struct Axis: Equatable, Sendable, Codable {
  public enum Scale: String, Hashable, Sendable, Codable {
    case linear
    /// Equal distances for equal ratios; every value on the axis is positive.
    case logarithmic = "log"
  }

  /// A marked value and the text written beside it.
  public struct Tick: Equatable, Sendable, Codable {
    public var value: Double
    public var label: String

    public init(value: Double, label: String) {
      self.value = value
      self.label = label
    }
  }

  /// What the axis measures (`"x"`, `"loss"`, `"step"`).
  public var label: String
  public var lower: Double
  public var upper: Double
  public var scale: Scale
  /// Ticks inside `lower...upper`, in increasing order.
  public var ticks: [Tick]

  public init(label: String, lower: Double, upper: Double, scale: Scale, ticks: [Tick]) {
    precondition(
      lower.isFinite && upper.isFinite && lower < upper,
      "Axis: the range \(lower)...\(upper) must be finite and increasing")
    precondition(scale == .linear || lower > 0, "Axis: a log axis needs lower > 0, got \(lower)")
    self.label = label
    self.lower = lower
    self.upper = upper
    self.scale = scale
    self.ticks = ticks
  }

  /// Where `value` lies along the axis: 0 at `lower`, 1 at `upper`, outside `0...1` beyond
  /// them; nil for a value the axis cannot show (NaN, infinite, or ≤ 0 on a log axis).
  public func position(of value: Double) -> Double? {
    guard value.isFinite else { return nil }
    switch scale {
    case .linear:
      return (value - lower) / (upper - lower)
    case .logarithmic:
      guard value > 0 else { return nil }
      return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
    }
  }

  /// Places values along the axis as `position(of:)` does, its plain twin (`AxisTests` holds
  /// them equal), with the axis' span and the logarithm of its lower end worked out once
  /// rather than for every value: a chart places every point of every curve.
  public struct Placement: Sendable {
    let scale: Scale
    let lower: Double
    /// `upper - lower`, or `log10(upper) - log10(lower)` on a log axis.
    let span: Double
    /// `log10(lower)` on a log axis.
    let logLower: Double

    public func position(of value: Double) -> Double? {
      guard value.isFinite else { return nil }
      switch scale {
      case .linear:
        return (value - lower) / span
      case .logarithmic:
        guard value > 0 else { return nil }
        return (log10(value) - logLower) / span
      }
    }
  }

  /// This axis' `Placement`.
  public var placement: Placement {
    switch scale {
    case .linear:
      Placement(scale: scale, lower: lower, span: upper - lower, logLower: 0)
    case .logarithmic:
      Placement(
        scale: scale, lower: lower, span: log10(upper) - log10(lower), logLower: log10(lower))
    }
  }

  // MARK: Choosing ticks

  /// A linear axis over `lower...upper` with about `tickCount` ticks at round numbers.
  ///
  /// Ticks are the multiples of a step of 1, 2 or 5 times a power of ten. With `roundedOut`,
  /// the range grows to the nearest multiples of that step, so the ends are labelled too (a
  /// loss from 0.03 to 0.71 gets the axis 0…0.8). An empty range `lower == upper` is widened
  /// by one unit each way (by half the value's size if larger).
  public static func linear(
    label: String, lower: Double, upper: Double, roundedOut: Bool, tickCount: Int = 5
  ) -> Axis {
    precondition(lower.isFinite && upper.isFinite, "Axis.linear: bounds must be finite")
    var (low, high) = (min(lower, upper), max(lower, upper))
    if low == high {
      let spread = max(1, abs(low) / 2)
      (low, high) = (low - spread, high + spread)
    }
    let count = Double(max(1, tickCount))
    // Each end divided first when `high - low` overflows (a range such as ±1e308).
    let span = high - low
    let step = niceStep(span.isFinite ? span / count : high / count - low / count)
    if roundedOut {
      let (outLow, outHigh) = (
        (low / step).rounded(.down) * step, (high / step).rounded(.up) * step
      )
      if outLow.isFinite && outHigh.isFinite { (low, high) = (outLow, outHigh) }
    }
    let first = (low / step - 1e-9).rounded(.up)
    let last = (high / step + 1e-9).rounded(.down)
    // A range narrower than a double resolves at its size (`first + 1 == first`), or one
    // that would need very many ticks, is labelled at its two ends only: the loop below
    // never runs unbounded.
    guard first + 1 != first, last - first < Double(Axis.maximumTicks) else {
      let ends = [low, high].map { Tick(value: $0, label: NumberText.general($0)) }
      return Axis(label: label, lower: low, upper: high, scale: .linear, ticks: ends)
    }
    var ticks: [Tick] = []
    var index = first
    // The condition ticks have always been drawn with; the guard above bounds it.
    while index * step <= high + step * 1e-9 && ticks.count < Axis.maximumTicks {
      let value = index * step
      ticks.append(Tick(value: value, label: format(value, step: step)))
      index += 1
    }
    return Axis(label: label, lower: low, upper: high, scale: .linear, ticks: ticks)
  }

  /// The most ticks a linear axis gets at round numbers before it labels its ends only.
  static let maximumTicks = 100

  /// Whether a plot's range `lower…upper` can be drawn as asked: finite, increasing, and wide
  /// enough that a double can tell its ticks apart (see ``linear(label:lower:upper:roundedOut:tickCount:)``).
  /// nil if it can, else what is wrong, for lint.
  public static func problem(lower: Double, upper: Double) -> String? {
    guard lower.isFinite && upper.isFinite else { return "its ends must be finite numbers" }
    guard lower < upper else { return "its lower end must be below its upper end" }
    if !(upper - lower).isFinite {
      return "its width overflows a double; keep it within about ±1e307"
    }
    let step = niceStep(upper / 5 - lower / 5)
    let first = (lower / step).rounded(.up)
    if first + 1 == first || upper - lower < max(abs(lower), abs(upper)) * 1e-12 {
      return "it is narrower than a double can resolve at its size; widen it"
    }
    return nil
  }

  /// A logarithmic axis around `lower...upper`.
  ///
  /// When the values span at most two decades the ends are rounded out to 1, 2 or 5 times a
  /// power of ten and every such value inside gets a tick (0.78…1.1 gives 0.5, 1, 2); wider
  /// spans are rounded out to powers of ten, with a tick at each. Labels below 1 take one form:
  /// decimals (0.5, 0.01), or exponents once one needs it (1e-5, 1e-4, 1e-3).
  public static func logarithmic(label: String, lower: Double, upper: Double) -> Axis {
    precondition(
      lower > 0 && upper > 0 && lower.isFinite && upper.isFinite,
      "Axis.logarithmic: bounds \(lower), \(upper) must be positive and finite")
    let (low, high) = (min(lower, upper), max(lower, upper))
    let lowDecade = Int(log10(low).rounded(.down))
    let highDecade = Int(log10(high).rounded(.up))
    let multiples: [Double] = highDecade - lowDecade <= 2 ? [1, 2, 5] : [1]
    // Every candidate tick from a decade below to a decade above, ascending.
    let candidates = ((lowDecade - 1)...(highDecade + 1)).flatMap { decade in
      multiples.map { (value: $0 * pow(10, Double(decade)), unit: pow(10, Double(decade))) }
    }
    let first = candidates.lastIndex { $0.value <= low * (1 + 1e-12) } ?? 0
    var last = candidates.firstIndex { $0.value >= high * (1 - 1e-12) } ?? candidates.count - 1
    if last == first { last += 1 }
    var ticks = candidates[first...last].map {
      Tick(value: $0.value, label: format($0.value, step: $0.unit))
    }
    // One form below 1: once a small tick needs an exponent (1e-4), 0.001 and 0.01 beside it
    // read unevenly, so every tick below 1 takes the exponent form (1e-3, 1e-2, 1e-1).
    if ticks.contains(where: { $0.label.contains("e") }) {
      for index in ticks.indices where ticks[index].value < 1 {
        let exponent = Int(log10(ticks[index].value).rounded(.down))
        let mantissa = (ticks[index].value / pow(10, Double(exponent))).rounded()
        ticks[index].label = NumberText.fixed(mantissa, decimals: 0) + "e\(exponent)"
      }
    }
    return Axis(
      label: label, lower: candidates[first].value, upper: candidates[last].value,
      scale: .logarithmic, ticks: ticks)
  }

  /// 1, 2 or 5 times a power of ten, the nearest at or above `raw` (for `raw > 0`).
  public static func niceStep(_ raw: Double) -> Double {
    guard raw > 0, raw.isFinite else { return 1 }
    let magnitude = pow(10, log10(raw).rounded(.down))
    let residual = raw / magnitude
    let multiple: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
    return multiple * magnitude
  }

  /// `value`, a multiple of `step`, written with no more digits than the step needs:
  /// `0.5`, `2`, `-1.5`, `1000`; small steps in exponent form: `3e-4`. Zero is `0`, never `-0`.
  public static func format(_ value: Double, step: Double) -> String {
    if abs(value) < abs(step) * 1e-6 { return "0" }
    let exponent = Int(log10(abs(step)).rounded(.down))
    if exponent <= -4 {
      let unit = pow(10, Double(exponent))
      let mantissa = (value / unit).rounded()
      let shown = mantissa.truncatingRemainder(dividingBy: 10) == 0 && mantissa != 0
      let (m, e) = shown ? (mantissa / 10, exponent + 1) : (mantissa, exponent)
      return NumberText.fixed(m, decimals: 0) + "e" + String(e)
    }
    let decimals = max(0, -exponent)
    return NumberText.fixed(value, decimals: decimals)
  }
}
