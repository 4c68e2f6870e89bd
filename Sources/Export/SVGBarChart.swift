import Base
import Pictures

/// A bar chart as SVG, laid out as the terminal lays it out: each group's label, then one
/// horizontal bar per value with its label on the left and its value at the end; the value
/// axis with ticks below. Each group has its series colour.
struct SVGBarChart {
  let chart: BarChart

  init(_ chart: BarChart) {
    self.chart = chart
  }

  static let rowHeight = 20.0

  func drawing() -> SVGPicture.Drawing {
    // The label column holds the bars' labels and the groups' (on their own rows), so the
    // value axis never crosses a group's label.
    let labels = chart.groups.flatMap(\.bars).map(\.label) + chart.groups.map(\.label)
    let labelWidth = min(200, Double(labels.map(\.count).max() ?? 0) * 7.5 + 16)
    let left = 8 + labelWidth
    let right = SVGPicture.width - 56
    let barSpan = right - left
    let axis = chart.valueAxis
    let top = 8.0
    let rows = chart.groups.count + chart.groups.map(\.bars.count).reduce(0, +)
    let bottom = top + Double(rows) * Self.rowHeight + 4
    // Grid lines first, so the bars are drawn over them.
    var body = ""
    for tick in axis.ticks {
      guard let p = axis.position(of: tick.value), (0...1).contains(p) else { continue }
      let x = left + p * barSpan
      body += SVGPicture.line(x, top, x, bottom, cls: "grid")
      body += SVGPicture.text(tick.label, x: x, y: bottom + 16)
    }
    var y = top
    for (index, group) in chart.groups.enumerated() {
      let series = "series-\(index % SVGPicture.paletteSize)"
      y += Self.rowHeight
      body += SVGPicture.text(
        group.label, x: 8, y: y - 5, anchor: "start", extra: " class=\"group\"")
      for bar in group.bars {
        let p = min(max(axis.position(of: bar.value) ?? 0, 0), 1)
        body += SVGPicture.text(bar.label, x: left - 8, y: y + 14, anchor: "end")
        body +=
          "<rect class=\"" + series + "\" x=\"" + SVGPicture.number(left) + "\" y=\""
          + SVGPicture.number(y + 3) + "\" width=\"" + SVGPicture.number(p * barSpan)
          + "\" height=\"" + SVGPicture.number(Self.rowHeight - 6) + "\"/>"
        body += SVGPicture.text(
          Self.format(bar.value), x: left + p * barSpan + 6, y: y + 14, anchor: "start")
        y += Self.rowHeight
      }
    }
    body += SVGPicture.line(left, bottom, right, bottom, cls: "axis")
    body += SVGPicture.line(left, top, left, bottom, cls: "axis")
    body += SVGPicture.text(axis.label, x: left + barSpan / 2, y: bottom + 36)
    let height = bottom + 46
    return SVGPicture.Drawing(kind: "bar-chart", height: height, body: body)
  }

  /// A bar's value with three decimals, as the terminal writes it.
  static func format(_ value: Double) -> String {
    NumberText.fixed(value, decimals: 3)
  }
}
