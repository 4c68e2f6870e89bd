import Pictures

/// A line chart as SVG: a frame, grid lines at the ticks, labelled axes, one path per series
/// (broken where a value cannot be shown) and a legend below.
struct SVGLineChart {
  let chart: LineChart

  init(_ chart: LineChart) {
    self.chart = chart
  }

  static let plotTop = 12.0
  static let plotLeft = 64.0
  static let plotRight = 624.0
  static let plotBottom = 272.0

  func drawing() -> SVGPicture.Drawing {
    let (left, right, top, bottom) = (Self.plotLeft, Self.plotRight, Self.plotTop, Self.plotBottom)
    let plotWidth = right - left
    let plotHeight = bottom - top
    var body = ""
    // Grid and ticks.
    for tick in chart.xAxis.ticks {
      guard let p = chart.xAxis.position(of: tick.value), (0...1).contains(p) else { continue }
      let x = left + p * plotWidth
      body += SVGPicture.line(x, top, x, bottom, cls: "grid")
      body += SVGPicture.text(tick.label, x: x, y: bottom + 16)
    }
    for tick in chart.yAxis.ticks {
      guard let p = chart.yAxis.position(of: tick.value), (0...1).contains(p) else { continue }
      let y = bottom - p * plotHeight
      body += SVGPicture.line(left, y, right, y, cls: "grid")
      body += SVGPicture.text(tick.label, x: left - 6, y: y + 4, anchor: "end")
    }
    body +=
      "<rect class=\"frame\" x=\"" + SVGPicture.number(left) + "\" y=\""
      + SVGPicture.number(top) + "\" width=\"" + SVGPicture.number(plotWidth) + "\" height=\""
      + SVGPicture.number(plotHeight) + "\"/>"
    // Axis titles.
    body += SVGPicture.text(chart.xAxis.label, x: left + plotWidth / 2, y: bottom + 36)
    let midY = top + plotHeight / 2
    body += SVGPicture.text(
      chart.yAxis.label, x: 16, y: midY,
      extra: " transform=\"rotate(-90 16 " + SVGPicture.number(midY) + ")\"")
    // Curves, in a nested viewport that clips them to the plot area.
    body +=
      "<svg x=\"" + SVGPicture.number(left) + "\" y=\"" + SVGPicture.number(top)
      + "\" width=\"" + SVGPicture.number(plotWidth) + "\" height=\""
      + SVGPicture.number(plotHeight) + "\">"
    for (index, series) in chart.series.enumerated() {
      let d = path(series, width: plotWidth, height: plotHeight)
      guard !d.isEmpty else { continue }
      body += "<path class=\"curve series-\(index % SVGPicture.paletteSize)\" d=\"" + d + "\"/>"
    }
    body += "</svg>"
    let (legend, legendHeight) = SVGPicture.legend(
      chart.series.map(\.label), x: left, y: bottom + 62, width: plotWidth)
    body += legend
    let height = bottom + 48 + legendHeight
    return SVGPicture.Drawing(kind: "line-chart", height: height, body: body)
  }

  /// The series as path data in the plot area's coordinates; a point that cannot be shown
  /// starts a new piece.
  private func path(_ series: Series, width: Double, height: Double) -> String {
    var d = ""
    var penDown = false
    for point in series.points {
      guard let px = chart.xAxis.position(of: point.x), let py = chart.yAxis.position(of: point.y)
      else {
        penDown = false
        continue
      }
      // Far outside the plot, clamp so coordinates stay small; the viewport clips anyway.
      let x = px * width
      let y = height - min(max(py, -2), 3) * height
      d +=
        (penDown ? "L" : (d.isEmpty ? "M" : " M")) + SVGPicture.number(x) + " "
        + SVGPicture.number(y)
      penDown = true
    }
    return d
  }
}
