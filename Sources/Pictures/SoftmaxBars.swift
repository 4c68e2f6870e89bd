import Reference

extension PictureSpec.Softmax {
  /// The probabilities `Reference.softmax(logits / T)` for each temperature `T`.
  ///
  /// Dividing the logits by `T` before the softmax sharpens the distribution for `T < 1`
  /// (towards the largest logit) and flattens it for `T > 1` (towards uniform).
  ///
  /// - Returns: one array of `logits.count` probabilities per temperature, each summing to 1.
  func probabilities() -> [[Double]] {
    temperatures.map { temperature in
      Reference.softmax(Matrix(row: logits.map { $0 / temperature })).row(0)
    }
  }

  /// One group of bars per temperature (labelled `T = 0.5`, `T = 0.125`, `T = 2`: the
  /// temperature as written, without trailing zeros), one bar per logit, on a
  /// probability axis from 0 to 1.
  ///
  /// Each `top-p` mass then adds a group: `Reference.topPProbabilities` of the logits (at
  /// temperature 1), the nucleus renormalised and every other token at 0.
  func picture() -> BarChart {
    let bars = { (probabilities: [Double]) in
      Swift.zip(labels, probabilities).map { Bar(label: $0, value: $1) }
    }
    var groups = Swift.zip(temperatures, probabilities()).map { temperature, probabilities in
      BarGroup(label: "T = \(String(temperature).trimmingZeros)", bars: bars(probabilities))
    }
    for p in topP {
      let nucleus = Reference.topPProbabilities(Matrix(row: logits), p: p).row(0)
      groups.append(BarGroup(label: "top-p \(String(p).trimmingZeros)", bars: bars(nucleus)))
    }
    let axis = Axis.linear(label: "probability", lower: 0, upper: 1, roundedOut: false)
    return BarChart(groups: groups, valueAxis: axis)
  }
}

extension String {
  /// A decimal number without trailing zeros after the point: `0.50` → `0.5`, `2.00` → `2`.
  var trimmingZeros: String {
    guard contains(".") else { return self }
    var text = Substring(self)
    while text.hasSuffix("0") { text = text.dropLast() }
    if text.hasSuffix(".") { text = text.dropLast() }
    return String(text)
  }
}
