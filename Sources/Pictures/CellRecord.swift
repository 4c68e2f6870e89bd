import Base

/// A picture record a cell's program wrote with the display library (`Sources/Display`): a
/// line of standard output that is ``marker`` followed by a JSON object.
///
/// ```text
/// {"kind":"plot","title":"","xLabel":"x","yLabel":"y","logY":false,
///  "series":[{"label":"tanh","x":[-1,0,1],"y":[-0.76,0,0.76]}]}
/// {"kind":"bars","title":"","labels":["a","b"],"groups":[{"label":"","values":[0.3,0.7]}]}
/// {"kind":"heatmap","title":"","rowTitle":"row","columnTitle":"column",
///  "rows":["0"],"columns":["0","1"],"values":[[0.1,0.9]]}
/// ```
///
/// `null` stands for a number that is not finite. The axes are chosen here, from the values.
public struct CellRecord: Equatable, Sendable {
  /// What starts a record line (the display library writes the same text).
  public static let marker = "\u{1E}primer-picture "

  public var title: String
  public var picture: Picture

  /// Why a record could not be drawn.
  public struct Problem: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// The most values a record may hold, all series or cells together.
  static let maximumValues = 100_000

  private struct Fields: Decodable {
    struct Curve: Decodable {
      var label: String
      var x: [Double?]
      var y: [Double?]
    }
    struct Group: Decodable {
      var label: String
      var values: [Double?]
    }
    var kind: String
    var title: String?
    var xLabel: String?
    var yLabel: String?
    var logY: Bool?
    var series: [Curve]?
    var labels: [String]?
    var groups: [Group]?
    var rowTitle: String?
    var columnTitle: String?
    var rows: [String]?
    var columns: [String]?
    var values: [[Double?]]?
  }

  /// The record in `json` (the line after the marker).
  public static func parse(_ json: Substring) -> Result<CellRecord, Problem> {
    guard let fields = try? JSONDecoder().decode(Fields.self, from: Data(json.utf8)) else {
      return .failure(Problem(description: "a picture record that is not valid JSON"))
    }
    let title = TerminalText.escape(fields.title ?? "")
    switch fields.kind {
    case "plot": return lineChart(fields).map { CellRecord(title: title, picture: $0) }
    case "bars": return barChart(fields).map { CellRecord(title: title, picture: $0) }
    case "heatmap": return heatMap(fields).map { CellRecord(title: title, picture: $0) }
    default:
      return .failure(
        Problem(
          description: "a picture record of unknown kind `\(TerminalText.escape(fields.kind))`"))
    }
  }

  private static func finite(_ values: [Double]) -> (Double, Double)? {
    let shown = values.filter(\.isFinite)
    guard let low = shown.min(), let high = shown.max() else { return nil }
    return (low, high)
  }

  private static func lineChart(_ fields: Fields) -> Result<Picture, Problem> {
    let curves = fields.series ?? []
    guard !curves.isEmpty else { return .failure(Problem(description: "a plot with no curve")) }
    guard curves.reduce(0, { $0 + $1.x.count }) <= maximumValues else {
      return .failure(Problem(description: "a plot of more than \(maximumValues) points"))
    }
    let logY = fields.logY ?? false
    let series = curves.map { curve in
      Series(
        label: TerminalText.escape(curve.label),
        points: zip(curve.x, curve.y).compactMap { x, y in
          guard let x, x.isFinite else { return nil }
          let value = y ?? .nan
          return Point(x: x, y: logY && value <= 0 ? .nan : value)
        })
    }
    let points = series.flatMap(\.points)
    guard let (xLow, xHigh) = finite(points.map(\.x)), let (yLow, yHigh) = finite(points.map(\.y))
    else { return .failure(Problem(description: "a plot with no finite point")) }
    let xLabel = TerminalText.escape(fields.xLabel ?? "x")
    let yLabel = TerminalText.escape(fields.yLabel ?? "y")
    let yAxis =
      logY
      ? Axis.logarithmic(label: yLabel, lower: yLow, upper: yHigh)
      : Axis.linear(label: yLabel, lower: yLow, upper: yHigh, roundedOut: true)
    return .success(
      .lineChart(
        LineChart(
          series: series,
          xAxis: Axis.linear(label: xLabel, lower: xLow, upper: xHigh, roundedOut: false),
          yAxis: yAxis)))
  }

  private static func barChart(_ fields: Fields) -> Result<Picture, Problem> {
    let labels = (fields.labels ?? []).map(TerminalText.escape)
    let groups = fields.groups ?? []
    guard !labels.isEmpty, !groups.isEmpty else {
      return .failure(Problem(description: "a bar chart with no bars"))
    }
    guard labels.count * groups.count <= maximumValues else {
      return .failure(Problem(description: "a bar chart of more than \(maximumValues) bars"))
    }
    let values = groups.flatMap { $0.values.map { $0 ?? .nan } }
    let (low, high) = finite(values) ?? (0, 1)
    let bars = groups.map { group in
      BarGroup(
        label: TerminalText.escape(group.label),
        bars: zip(labels, group.values).map { Bar(label: $0, value: $1 ?? .nan) })
    }
    return .success(
      .barChart(
        BarChart(
          groups: bars,
          valueAxis: Axis.linear(
            label: "", lower: min(0, low), upper: max(0, high), roundedOut: true))))
  }

  private static func heatMap(_ fields: Fields) -> Result<Picture, Problem> {
    let rows = (fields.rows ?? []).map(TerminalText.escape)
    let columns = (fields.columns ?? []).map(TerminalText.escape)
    let values = (fields.values ?? []).map { $0.map { $0 ?? .nan } }
    guard !rows.isEmpty, !columns.isEmpty, values.count == rows.count,
      values.allSatisfy({ $0.count == columns.count })
    else {
      return .failure(
        Problem(description: "a heat map whose values do not match its row and column labels"))
    }
    guard rows.count * columns.count <= maximumValues else {
      return .failure(Problem(description: "a heat map of more than \(maximumValues) cells"))
    }
    var (low, high) = finite(values.flatMap { $0 }) ?? (0, 1)
    if low == high { (low, high) = (low - 1, high + 1) }
    let scale =
      low < 0 && high > 0
      ? ColorScale(kind: .diverging, lower: -max(-low, high), upper: max(-low, high))
      : ColorScale(kind: .sequential, lower: low, upper: high)
    return .success(
      .heatMap(
        HeatMap(
          values: values, rowLabels: rows, columnLabels: columns,
          rowTitle: TerminalText.escape(fields.rowTitle ?? "row"),
          columnTitle: TerminalText.escape(fields.columnTitle ?? "column"), scale: scale)))
  }
}
