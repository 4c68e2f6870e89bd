/// Draws one curve through the points `(x[i], y[i])`.
///
/// - Parameters:
///   - x: the points' x values, increasing.
///   - y: as many y values; a value that is not finite breaks the curve.
///   - label: the curve's name in the legend.
///   - title: the picture's title.
///   - xLabel, yLabel: what the axes measure.
///   - logY: a logarithmic y axis (every finite y must then be positive).
public func plot(
  x: [Double], y: [Double], label: String = "y", title: String = "",
  xLabel: String = "x", yLabel: String = "y", logY: Bool = false
) {
  plot(
    x: x, series: [(label, y)], title: title, xLabel: xLabel, yLabel: yLabel, logY: logY)
}

/// Draws several named curves over the same x values, in one picture with a legend.
///
/// ```swift
/// let x = stride(from: -4.0, through: 4.0, by: 0.1).map { $0 }
/// plot(x: x, series: [("tanh", x.map(tanh)), ("x / 2", x.map { $0 / 2 })])
/// ```
///
/// - Precondition: every series has as many values as `x`.
public func plot(
  x: [Double], series: [(String, [Double])], title: String = "",
  xLabel: String = "x", yLabel: String = "y", logY: Bool = false
) {
  for (label, values) in series {
    precondition(
      values.count == x.count,
      "plot: series \"\(label)\" has \(values.count) values for \(x.count) x values")
  }
  let curves = series.map { label, values in
    Record.object([
      ("label", Record.string(label)), ("x", Record.numbers(x)), ("y", Record.numbers(values)),
    ])
  }
  Record.emit([
    ("kind", Record.string("plot")), ("title", Record.string(title)),
    ("xLabel", Record.string(xLabel)), ("yLabel", Record.string(yLabel)),
    ("logY", logY ? "true" : "false"), ("series", "[" + curves.joined(separator: ",") + "]"),
  ])
}

/// Draws a bar chart: one bar per label.
///
/// - Precondition: as many values as labels.
public func bars(_ labels: [String], _ values: [Double], title: String = "") {
  bars(labels, groups: [("", values)], title: title)
}

/// Draws bars in groups: each group (a name and one value per label) is a row of bars, such
/// as one softmax per temperature.
///
/// - Precondition: each group has as many values as `labels`.
public func bars(_ labels: [String], groups: [(String, [Double])], title: String = "") {
  for (name, values) in groups {
    precondition(
      values.count == labels.count,
      "bars: group \"\(name)\" has \(values.count) values for \(labels.count) labels")
  }
  let rows = groups.map { name, values in
    Record.object([("label", Record.string(name)), ("values", Record.numbers(values))])
  }
  Record.emit([
    ("kind", Record.string("bars")), ("title", Record.string(title)),
    ("labels", Record.strings(labels)), ("groups", "[" + rows.joined(separator: ",") + "]"),
  ])
}

/// Draws `matrix` as a grid of shades: attention weights, an embedding, a positional encoding.
///
/// - Parameters:
///   - rowLabels, columnLabels: one per row and column; `0, 1, …` when nil.
///   - rowTitle, columnTitle: what the rows and the columns are (`"query"`, `"key"`).
/// - Precondition: labels, when given, match the matrix's shape.
public func heatmap(
  _ matrix: Matrix, rowLabels: [String]? = nil, columnLabels: [String]? = nil,
  title: String = "", rowTitle: String = "row", columnTitle: String = "column"
) {
  let rowNames = rowLabels ?? (0..<matrix.rows).map(String.init)
  let columnNames = columnLabels ?? (0..<matrix.columns).map(String.init)
  precondition(
    rowNames.count == matrix.rows && columnNames.count == matrix.columns,
    "heatmap: \(rowNames.count) row and \(columnNames.count) column labels for a "
      + "[\(matrix.rows), \(matrix.columns)] matrix")
  Record.emit([
    ("kind", Record.string("heatmap")), ("title", Record.string(title)),
    ("rowTitle", Record.string(rowTitle)), ("columnTitle", Record.string(columnTitle)),
    ("rows", Record.strings(rowNames)), ("columns", Record.strings(columnNames)),
    ("values", "[" + matrix.rowArrays.map(Record.numbers).joined(separator: ",") + "]"),
  ])
}
