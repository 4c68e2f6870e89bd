import Base
import Pictures

/// Draws a `Picture` as terminal lines: braille line charts, block-character bar charts and
/// shaded heat maps, each exactly fitted to a width and never wider.
///
/// With colour, series and groups get the ANSI colours of `palette` and heat-map cells a
/// 256-colour background; without it, every distinction is also made by characters (dash
/// patterns and numbers on curves, shades `░▒▓█`), so nothing is lost in plain text.
enum PictureDrawing {
  /// Pictures need this many columns; a narrower width gets a one-line note instead.
  static let minimumWidth = 24

  /// The lines of `picture`, at most `width` columns each.
  static func draw(_ picture: Picture, width: Int, color: Bool) -> [StyledLine] {
    guard width >= minimumWidth else {
      return [StyledLine("(widen the terminal to \(minimumWidth + 4) columns to see it)", .dim)]
    }
    let lines: [StyledLine]
    switch picture {
    case .lineChart(let chart): lines = LineChartDrawing(chart, width: width, color: color).lines()
    case .barChart(let chart): lines = BarChartDrawing(chart, width: width).lines()
    case .heatMap(let map): lines = HeatMapDrawing(map, width: width, color: color).lines()
    }
    return lines.map { LineWrapper.truncate($0, to: width) }
  }

  /// The colours of series and bar groups, in order; then again from the start.
  static let palette: [TextStyle.Color] = [.cyan, .magenta, .yellow, .green, .blue, .red]

  static func style(ofSeries index: Int) -> TextStyle {
    TextStyle(color: palette[index % palette.count])
  }

  /// Lays out `entries` (each a list of spans) on lines of at most `width` columns, three
  /// spaces apart: a legend.
  static func flow(_ entries: [StyledLine], width: Int) -> [StyledLine] {
    var lines: [StyledLine] = []
    var current = StyledLine()
    for entry in entries {
      if !current.isEmpty && current.width + 3 + entry.width > width {
        lines.append(current)
        current = StyledLine()
      }
      if !current.isEmpty { current.append(Span("   ")) }
      current.append(contentsOf: entry)
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// `text` cut to `width` columns (with `…`), or padded with spaces on the left to `width`.
  static func rightAligned(_ text: String, width: Int) -> String {
    let line = LineWrapper.truncate(StyledLine(text), to: width)
    let shown = line.spans.map(\.text).joined()
    return String(repeating: " ", count: max(0, width - line.width)) + shown
  }
}
