/// A picture computed for a lesson, independent of how it is drawn.
///
/// The terminal draws it with braille and block characters; the HTML notes will draw the same
/// value as SVG. It holds numbers, labels and axes only: no sizes, characters or colours.
public enum Picture: Equatable, Sendable {
  /// Curves through points, one per series, over shared axes.
  case lineChart(LineChart)
  /// Bars in labelled groups, measured along one value axis.
  case barChart(BarChart)
  /// A grid of values shown as shades.
  case heatMap(HeatMap)
}

/// Curves over shared axes: activation functions, loss curves, a learning-rate schedule.
public struct LineChart: Equatable, Sendable, Codable {
  /// The curves, drawn in this order; the legend lists them in the same order.
  public var series: [Series]
  public var xAxis: Axis
  public var yAxis: Axis

  public init(series: [Series], xAxis: Axis, yAxis: Axis) {
    self.series = series
    self.xAxis = xAxis
    self.yAxis = yAxis
  }
}

/// One labelled curve: points in increasing `x`, joined by straight segments.
///
/// A point whose `y` is not finite (a loss that diverged) breaks the curve there.
public struct Series: Equatable, Sendable, Codable {
  public var label: String
  public var points: [Point]

  public init(label: String, points: [Point]) {
    self.label = label
    self.points = points
  }
}

/// A point of a series, in the units of the chart's axes.
public struct Point: Equatable, Sendable, Codable {
  public var x: Double
  public var y: Double

  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// Bars in groups: the softmax probabilities of the same logits at several temperatures.
public struct BarChart: Equatable, Sendable {
  public var groups: [BarGroup]
  /// The axis the bars' lengths are measured on; bars start at its lower bound.
  public var valueAxis: Axis

  public init(groups: [BarGroup], valueAxis: Axis) {
    self.groups = groups
    self.valueAxis = valueAxis
  }
}

/// A labelled group of bars.
public struct BarGroup: Equatable, Sendable {
  public var label: String
  public var bars: [Bar]

  public init(label: String, bars: [Bar]) {
    self.label = label
    self.bars = bars
  }
}

/// One bar: a label and a value.
public struct Bar: Equatable, Sendable {
  public var label: String
  public var value: Double

  public init(label: String, value: Double) {
    self.label = label
    self.value = value
  }
}

/// A `[rows, columns]` grid of values, each shown as a shade on `scale`.
public struct HeatMap: Equatable, Sendable {
  /// `values[r][c]`, `rows` arrays of `columns` values each.
  public var values: [[Double]]
  /// One label per row (a token, a position).
  public var rowLabels: [String]
  /// One label per column.
  public var columnLabels: [String]
  /// What the rows and the columns are (`"query"`, `"key"`; `"position"`, `"dimension"`).
  public var rowTitle: String
  public var columnTitle: String
  public var scale: ColorScale

  public init(
    values: [[Double]], rowLabels: [String], columnLabels: [String], rowTitle: String,
    columnTitle: String, scale: ColorScale
  ) {
    precondition(
      values.count == rowLabels.count,
      "HeatMap: \(values.count) rows of values for \(rowLabels.count) row labels")
    precondition(
      values.allSatisfy { $0.count == columnLabels.count },
      "HeatMap: every row needs \(columnLabels.count) values, one per column label")
    self.values = values
    self.rowLabels = rowLabels
    self.columnLabels = columnLabels
    self.rowTitle = rowTitle
    self.columnTitle = columnTitle
    self.scale = scale
  }

  public var rows: Int { values.count }
  public var columns: Int { columnLabels.count }
}

/// How a heat map's values map to shades.
public struct ColorScale: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    /// One hue growing stronger from `lower` to `upper`: weights, probabilities.
    case sequential
    /// Two hues meeting at a neutral middle value: signed values such as sines.
    case diverging
  }

  public var kind: Kind
  /// The values at the two ends of the scale; values outside are shown at the nearest end.
  public var lower: Double
  public var upper: Double

  public init(kind: Kind, lower: Double, upper: Double) {
    precondition(lower < upper, "ColorScale: lower \(lower) must be below upper \(upper)")
    self.kind = kind
    self.lower = lower
    self.upper = upper
  }

  /// Where `value` sits on the scale, from 0 (`lower`) to 1 (`upper`), clamped; NaN gives 0.5.
  public func position(of value: Double) -> Double {
    guard !value.isNaN else { return 0.5 }
    return min(1, max(0, (value - lower) / (upper - lower)))
  }
}
