import Base
import Pictures

/// A heat map as a grid of shaded cells with row labels on the left and column labels above:
///
/// ```text
///       key
///       the cat sat on  the mat
/// query
///   the ███ ░░░ ░░░     ▒▒▒
///   cat ░░░ ███ ▒▒▒ ░░░ ░░░
/// ```
///
/// Plain cells use five shades (` ░▒▓█`) from the low end of the scale to the high end;
/// with colour each cell is a 256-colour background on a ramp (dark blue to white for a
/// sequential scale, blue through white to red for a diverging one). A key under the grid shows
/// the scale's ends. Maps with more columns than fit (or more than 48 rows) show an evenly
/// spread selection of them, and say so.
struct HeatMapDrawing {
  let map: HeatMap
  let width: Int
  let color: Bool

  init(_ map: HeatMap, width: Int, color: Bool) {
    self.map = map
    self.width = width
    self.color = color
  }

  static let maximumRows = 48
  static let shades: [Character] = [" ", "░", "▒", "▓", "█"]
  /// 256-colour palette indices, low to high: black, blues, cyan, white.
  static let sequentialRamp: [UInt8] = [
    16, 17, 18, 19, 20, 21, 27, 33, 39, 45, 51, 87, 123, 159, 195, 231,
  ]
  /// Blues, white in the middle, reds.
  static let divergingRamp: [UInt8] = [
    17, 19, 21, 63, 105, 147, 189, 231, 224, 217, 210, 203, 196, 160, 124,
  ]

  func lines() -> [StyledLine] {
    let labelWidth = min(
      width / 4,
      max(DisplayWidth.of(map.rowTitle), map.rowLabels.map { DisplayWidth.of($0) }.max() ?? 0))
    let available = width - labelWidth - 1
    let shownColumns = Self.sample(map.columns, atMost: available)
    let shownRows = Self.sample(map.rows, atMost: Self.maximumRows)
    let cellWidth = self.cellWidth(available: available, count: shownColumns.count)
    let indent = String(repeating: " ", count: labelWidth + 1)

    var lines: [StyledLine] = [StyledLine(indent + map.columnTitle, .dim)]
    lines.append(StyledLine(indent + columnLabels(shownColumns, cellWidth: cellWidth), .dim))
    lines.append(StyledLine(map.rowTitle, .dim))
    for row in shownRows {
      var line = StyledLine(
        PictureDrawing.rightAligned(map.rowLabels[row], width: labelWidth) + " ")
      for column in shownColumns {
        line.append(cell(map.values[row][column], width: cellWidth))
      }
      lines.append(line)
    }
    lines.append(key())
    var notes: [String] = []
    if shownColumns.count < map.columns {
      notes.append("\(shownColumns.count) of \(map.columns) \(map.columnTitle)s")
    }
    if shownRows.count < map.rows {
      notes.append("\(shownRows.count) of \(map.rows) \(map.rowTitle)s")
    }
    if !notes.isEmpty {
      lines.append(
        StyledLine(
          "(showing " + notes.joined(separator: " and ") + ", evenly spaced)", .dim))
    }
    return lines
  }

  /// Columns per cell: room for the longest column label and a space (at most 6), within
  /// the width available; at least 1.
  func cellWidth(available: Int, count: Int) -> Int {
    let longest = map.columnLabels.map { DisplayWidth.of($0) }.max() ?? 1
    return max(1, min(available / max(1, count), longest + 1, 6))
  }

  /// The column labels over their cells; where a label is wider than its cell, only every
  /// `k`-th column is labelled, so that labels never touch.
  func columnLabels(_ columns: [Int], cellWidth: Int) -> String {
    let longest = columns.map { DisplayWidth.of(map.columnLabels[$0]) }.max() ?? 1
    var every = 1
    while every * cellWidth < longest + 1 && every < columns.count { every += 1 }
    // Round numbers of columns read better: 1, 2, 4, 5, 8, 10, 16, …
    if every > 1, let nice = [2, 4, 5, 8, 10, 16, 20, 32, 50, 64].first(where: { $0 >= every }) {
      every = nice
    }
    var text = ""
    for (index, column) in columns.enumerated() where index % every == 0 {
      let start = index * cellWidth
      let label = LineWrapper.truncate(
        StyledLine(map.columnLabels[column]), to: every * cellWidth - 1)
      guard start >= DisplayWidth.of(text) else { continue }
      text += String(repeating: " ", count: start - DisplayWidth.of(text))
      text += label.spans.map(\.text).joined()
    }
    return text
  }

  /// A cell of `width` columns showing `value`.
  func cell(_ value: Double, width: Int) -> Span {
    let position = map.scale.position(of: value)
    if color {
      return Span(
        safe: String(repeating: " ", count: width), TextStyle(background: colour(at: position)),
        width: width)
    }
    let shade = Self.shades[Int((position * Double(Self.shades.count - 1)).rounded())]
    return Span(safe: String(repeating: shade, count: width), .plain, width: width)
  }

  /// The 256-colour index for a position `0...1` on the scale.
  func colour(at position: Double) -> UInt8 {
    let ramp = map.scale.kind == .sequential ? Self.sequentialRamp : Self.divergingRamp
    return ramp[Int((position * Double(ramp.count - 1)).rounded())]
  }

  /// The scale: its lower end, the shades or colours from low to high, its upper end.
  func key() -> StyledLine {
    let step = Axis.niceStep(map.scale.upper - map.scale.lower)
    let ends = (Axis.format(map.scale.lower, step: step), Axis.format(map.scale.upper, step: step))
    var line = StyledLine("scale " + ends.0 + " ", .dim)
    let steps = color ? 8 : Self.shades.count
    for step in 0..<steps {
      line.append(
        cell(
          map.scale.lower + (map.scale.upper - map.scale.lower) * Double(step) / Double(steps - 1),
          width: 2))
    }
    line.append(Span(" " + ends.1, .dim))
    return line
  }

  /// At most `limit` of the indices `0..<count`, evenly spread and starting at 0: all of them
  /// when they fit. (Not every `k`-th: a positional encoding's sines and cosines alternate, and
  /// every 2nd column would show only the sines.)
  static func sample(_ count: Int, atMost limit: Int) -> [Int] {
    guard count > limit else { return Array(0..<count) }
    return (0..<max(1, limit)).map { $0 * count / max(1, limit) }
  }
}
