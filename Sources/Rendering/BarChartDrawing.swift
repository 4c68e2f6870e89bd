import Base
import Pictures

/// A bar chart in block characters, one line per bar, its value at the end:
///
/// ```text
/// T = 1
///   x₁ ███████████████▊        0.659
///   x₂ █████▊                  0.242
/// ```
///
/// Bar lengths have a resolution of an eighth of a column (`▏▎▍▌▋▊▉█`). Each group has its
/// colour when colour is on; its label says which it is in any case.
struct BarChartDrawing {
  let chart: BarChart
  let width: Int

  init(_ chart: BarChart, width: Int) {
    self.chart = chart
    self.width = width
  }

  /// The partial blocks, one to seven eighths of a column.
  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  func lines() -> [StyledLine] {
    let labels = chart.groups.flatMap(\.bars).map(\.label)
    let labelWidth = min(width / 4, labels.map { DisplayWidth.of($0) }.max() ?? 0)
    let values = chart.groups.flatMap(\.bars).map { Self.format($0.value) }
    let valueWidth = values.map(\.count).max() ?? 1
    let barWidth = max(1, width - 2 - labelWidth - 1 - 1 - valueWidth)
    var lines: [StyledLine] = []
    for (index, group) in chart.groups.enumerated() {
      let style = PictureDrawing.style(ofSeries: index)
      lines.append(StyledLine([Span(group.label, style + .bold)]))
      for bar in group.bars {
        var line = StyledLine(
          "  " + PictureDrawing.rightAligned(bar.label, width: labelWidth) + " ")
        let blocks = Self.bar(bar.value, on: chart.valueAxis, columns: barWidth)
        line.append(Span(blocks, style))
        line.append(Span(String(repeating: " ", count: barWidth - blocks.count + 1)))
        line.append(Span(PictureDrawing.rightAligned(Self.format(bar.value), width: valueWidth)))
        lines.append(line)
      }
    }
    return lines
  }

  /// Blocks for `value` on `axis` over `columns` columns, to the nearest eighth of a column:
  /// empty at or below the axis's lower bound (and for NaN), full at or above its upper bound.
  static func bar(_ value: Double, on axis: Axis, columns: Int) -> String {
    guard let position = axis.position(of: value) else { return "" }
    let eighths = Int((min(1, max(0, position)) * Double(columns * 8)).rounded())
    var text = String(repeating: "█", count: eighths / 8)
    if eighths % 8 > 0 { text.append(Self.eighths[eighths % 8 - 1]) }
    return text
  }

  /// A bar's value with three decimals (`0.659`); `NaN` and `∞` as such.
  static func format(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "∞" : "-∞" }
    return NumberText.fixed(value, decimals: 3)
  }
}
