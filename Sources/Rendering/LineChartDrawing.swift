import Base
import Pictures

/// A line chart in braille, with a y axis of tick labels on the left, an x axis of tick
/// labels below and a legend:
///
/// ```text
/// loss
/// 0.6 ┤⠑⢄
/// 0.4 ┤  ⠑⠢⢄⣀
/// 0.2 ┤      ⠉⠉⠒⠒⠤⠤⣀⣀⣀
///   0 ┤
///     └┬──────┬──────┬─
///      0     150    300 step
/// ━━ sgd, η = 0.5   ━━ adam, η = 0.01
/// ```
///
/// Without colour, series after the first are drawn dashed or dotted and each curve carries
/// its number, which the legend repeats with the same pattern.
struct LineChartDrawing {
  let chart: LineChart
  let width: Int
  let color: Bool
  /// The y tick labels' column width.
  let labelWidth: Int
  /// Plot cells across and down.
  let plotColumns: Int
  let plotRows: Int

  init(_ chart: LineChart, width: Int, color: Bool) {
    self.chart = chart
    self.width = width
    self.color = color
    labelWidth = min(
      width / 4, max(1, chart.yAxis.ticks.map { DisplayWidth.of($0.label) }.max() ?? 1))
    plotColumns = width - labelWidth - 1
    plotRows = min(16, max(6, plotColumns / 4))
  }

  /// Dot patterns along x, one per series without colour: solid, dashed, dotted, dash-dot,
  /// long dashes, sparse dots; then again from the start.
  ///
  /// Cases of an enum, not closures in an array: a closure taken from an array is called
  /// through a thunk, and a chart asks for every dot it draws.
  enum DotPattern: CaseIterable {
    case solid, dashed, dotted, dashDot, longDashes, sparseDots

    /// Whether the pattern draws the dots in column `x`.
    func shows(_ x: Int) -> Bool {
      switch self {
      case .solid: true
      case .dashed: (x / 4) % 2 == 0
      case .dotted: x % 3 == 0
      case .dashDot: (x / 2) % 3 != 2
      case .longDashes: (x / 8) % 2 == 0
      case .sparseDots: x % 6 == 0
      }
    }
  }

  func pattern(ofSeries index: Int) -> DotPattern {
    color ? .solid : DotPattern.allCases[index % DotPattern.allCases.count]
  }

  func lines() -> [StyledLine] {
    let canvas = plotted()
    var markers: [Marker] = []
    if !color && chart.series.count > 1 { markers = markerCells(canvas) }
    var lines: [StyledLine] = []
    var header = chart.yAxis.label
    if chart.yAxis.scale == .logarithmic { header += " (log scale)" }
    lines.append(StyledLine(header, .dim))
    let tickRows = yTickRows()
    for row in 0..<plotRows {
      var line = StyledLine(PictureDrawing.rightAligned(tickRows[row] ?? "", width: labelWidth))
      line.append(Span(tickRows[row] == nil ? "│" : "┤", .dim))
      line.append(contentsOf: cells(of: canvas, row: row, markers: markers))
      lines.append(line)
    }
    lines += xAxisLines()
    lines += legend()
    return lines
  }

  // MARK: The plot

  /// Dot coordinates of a point, or nil when the axes cannot show it.
  func dot(_ point: Point) -> (x: Double, y: Double)? {
    dot(point, x: chart.xAxis.placement, y: chart.yAxis.placement)
  }

  /// `dot(point)` with the axes' placements made already (`plotted` places every point).
  func dot(_ point: Point, x: Axis.Placement, y: Axis.Placement) -> (x: Double, y: Double)? {
    guard let px = x.position(of: point.x), let py = y.position(of: point.y) else { return nil }
    return (px * Double(plotColumns * 2 - 1), (1 - py) * Double(plotRows * 4 - 1))
  }

  /// Every series drawn on one canvas, in order; a point the axes cannot show breaks its curve.
  func plotted() -> BrailleCanvas {
    var canvas = BrailleCanvas(columns: plotColumns, rows: plotRows)
    let (xPlacement, yPlacement) = (chart.xAxis.placement, chart.yAxis.placement)
    for (index, series) in chart.series.enumerated() {
      let pattern = pattern(ofSeries: index)
      var previous: (x: Double, y: Double)?
      for point in series.points {
        let current = dot(point, x: xPlacement, y: yPlacement)
        if let current {
          canvas.line(from: previous ?? current, to: current, series: index, pattern: pattern)
        }
        previous = current
      }
    }
    return canvas
  }

  /// The cell in which a series' number is written.
  struct Marker {
    var series: Int
    var column: Int
    var row: Int
  }

  /// For each series, a cell its curve passes through alone, to write its number in: looked
  /// for from its own place along x (`(k + 1)/(n + 1)` of the width) outwards.
  func markerCells(_ canvas: BrailleCanvas) -> [Marker] {
    var result: [Marker] = []
    let count = chart.series.count
    for index in 0..<count {
      let start = plotColumns * (index + 1) / (count + 1)
      search: for distance in 0..<plotColumns {
        for column in [start + distance, start - distance] where (0..<plotColumns).contains(column)
        {
          for row in 0..<plotRows where canvas.owner(column: column, row: row) == index {
            let taken = result.contains { abs($0.column - column) < 2 && $0.row == row }
            if !taken {
              result.append(Marker(series: index, column: column, row: row))
              break search
            }
          }
        }
      }
    }
    return result
  }

  /// The cells of one row, as spans of one style each.
  ///
  /// Cells are compared by what they show (`Look`) and a run's style is made when the run
  /// ends; every cell (a braille pattern, a space or a marker digit) is one column wide.
  func cells(
    of canvas: BrailleCanvas, row: Int, markers: [Marker]
  ) -> StyledLine {
    enum Look: Equatable {
      case empty
      case series(Int)
      case marker
    }
    func style(_ look: Look) -> TextStyle {
      switch look {
      case .empty: .plain
      case .series(let index): PictureDrawing.style(ofSeries: index)
      case .marker: .bold
      }
    }
    var line = StyledLine()
    // The run of cells being collected.
    var text = ""
    var runWidth = 0
    var look = Look.empty
    // The markers of this row (at most one per cell), looked up for every cell.
    let rowMarkers = markers.filter { $0.row == row }
    for column in 0..<canvas.columns {
      var scalar = canvas.scalar(column: column, row: row)
      var cellLook = canvas.owner(column: column, row: row).map { Look.series($0) } ?? .empty
      if !rowMarkers.isEmpty, let marked = rowMarkers.first(where: { $0.column == column }) {
        scalar = Self.marker(marked.series).unicodeScalars.first!
        cellLook = .marker
      }
      if cellLook != look && !text.isEmpty {
        // Two looks may share a style; their spans then show as one run.
        line.append(Span(safe: text, style(look), width: runWidth))
        text = ""
        runWidth = 0
      }
      look = cellLook
      text.unicodeScalars.append(scalar)
      runWidth += 1
    }
    line.append(Span(safe: text, style(look), width: runWidth))
    return line
  }

  /// The number written on series `index`'s curve without colour: `1`, `2`, … `9`, then `+`.
  static func marker(_ index: Int) -> Character {
    index < 9 ? Character(String(index + 1)) : "+"
  }

  // MARK: Axes and legend

  /// The y tick label of each plot row (`plotRows` of them), nil for rows without one.
  func yTickRows() -> [String?] {
    var rows = [String?](repeating: nil, count: plotRows)
    for tick in chart.yAxis.ticks.reversed() {
      guard let p = chart.yAxis.position(of: tick.value), (0...1).contains(p) else { continue }
      let row = Int(((1 - p) * Double(plotRows * 4 - 1)).rounded()) / 4
      if rows.indices.contains(row) && rows[row] == nil { rows[row] = tick.label }
    }
    return rows
  }

  /// The x axis line with its tick marks, and the tick labels under it (each centred on its
  /// mark, left out where it would touch its neighbour), then the axis name if it fits.
  func xAxisLines() -> [StyledLine] {
    var axis = Array(repeating: Character("─"), count: plotColumns)
    var labels = Array(repeating: Character(" "), count: plotColumns + 1)
    var labelsEnd = 0
    for tick in chart.xAxis.ticks {
      guard let p = chart.xAxis.position(of: tick.value), (0...1).contains(p) else { continue }
      let column = Int((p * Double(plotColumns * 2 - 1)).rounded()) / 2
      axis[column] = "┬"
      let text = Array(tick.label)
      let start = min(max(0, column - (text.count - 1) / 2), plotColumns + 1 - text.count)
      guard start >= 0, start >= labelsEnd + (labelsEnd == 0 ? 0 : 1) else { continue }
      for (offset, character) in text.enumerated() { labels[start + offset] = character }
      labelsEnd = start + text.count
    }
    let indent = String(repeating: " ", count: labelWidth)
    var labelLine = StyledLine(indent + String(labels[..<labelsEnd]), .dim)
    let name = " " + chart.xAxis.label
    if labelWidth + labelsEnd + DisplayWidth.of(name) <= width {
      labelLine.append(Span(name, .dim))
    }
    return [StyledLine(indent + "└" + String(axis), .dim), labelLine]
  }

  /// One entry per series: a sample of its line (coloured, or with its pattern and number)
  /// and its label.
  func legend() -> [StyledLine] {
    let entries = chart.series.enumerated().map { index, series in
      var entry = StyledLine()
      if color {
        entry.append(Span("━━", PictureDrawing.style(ofSeries: index)))
      } else {
        if chart.series.count > 1 { entry.append(Span(String(Self.marker(index)), .bold)) }
        var sample = BrailleCanvas(columns: 4, rows: 1)
        sample.line(from: (0, 1), to: (7, 1), series: index, pattern: pattern(ofSeries: index))
        entry.append(
          Span((0..<4).map { String(sample.character(column: $0, row: 0)) }.joined()))
      }
      entry.append(Span(" " + series.label))
      return entry
    }
    return PictureDrawing.flow(entries, width: width)
  }
}
