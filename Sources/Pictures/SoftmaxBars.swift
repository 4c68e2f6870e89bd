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
  func picture() -> BarChart {
    let groups = Swift.zip(temperatures, probabilities()).map { temperature, probabilities in
      BarGroup(
        label: "T = \(String(temperature).trimmingZeros)",
        bars: Swift.zip(labels, probabilities).map { Bar(label: $0, value: $1) })
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
