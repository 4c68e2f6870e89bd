/// A grid of terminal cells drawn with braille characters (U+2800–U+28FF), each cell holding
/// 2 × 4 dots, so a line chart gets twice the columns and four times the rows in resolution.
///
/// Dot `(x, y)` counts from the top-left; cell `(x / 2, y / 4)` holds it. Each cell remembers
/// the last series that drew in it, for its colour.
struct BrailleCanvas {
  let columns: Int
  let rows: Int
  private var bits: [UInt8]
  /// The series that last drew in each cell, or -1.
  private var owners: [Int]

  init(columns: Int, rows: Int) {
    precondition(columns >= 1 && rows >= 1, "BrailleCanvas: \(columns) × \(rows) cells")
    self.columns = columns
    self.rows = rows
    bits = Array(repeating: 0, count: columns * rows)
    owners = Array(repeating: -1, count: columns * rows)
  }

  var dotColumns: Int { columns * 2 }
  var dotRows: Int { rows * 4 }

  /// The bit of dot `(x % 2, y % 4)` in a cell, by Unicode's braille dot numbering: dots 1–3
  /// and 7 down the left, 4–6 and 8 down the right.
  private static func dotBit(x: Int, y: Int) -> UInt8 {
    [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]][x % 2][y % 4]
  }

  /// Sets dot `(x, y)` for `series`; dots outside the canvas are ignored.
  mutating func set(x: Int, y: Int, series: Int) {
    guard (0..<dotColumns).contains(x), (0..<dotRows).contains(y) else { return }
    let cell = (y / 4) * columns + x / 2
    bits[cell] |= Self.dotBit(x: x, y: y)
    owners[cell] = series
  }

  /// Sets the dots along the segment from `start` to `end` (in dots, fractional), one per
  /// dot step along its longer direction, keeping those whose `x` `pattern` accepts. The part
  /// outside the canvas is cut off first (Liang–Barsky clipping), so far-away points cost
  /// nothing.
  mutating func line(
    from start: (x: Double, y: Double), to end: (x: Double, y: Double), series: Int,
    pattern: LineChartDrawing.DotPattern = .solid
  ) {
    guard let (a, b) = clipped(start, end) else { return }
    let steps = Int(max(abs(b.x - a.x), abs(b.y - a.y)).rounded(.up))
    for step in 0...steps {
      let t = steps == 0 ? 0 : Double(step) / Double(steps)
      let x = Int((a.x + (b.x - a.x) * t).rounded())
      let y = Int((a.y + (b.y - a.y) * t).rounded())
      if pattern.shows(x) { set(x: x, y: y, series: series) }
    }
  }

  /// The part of the segment inside the canvas, from its first dot to its last, or nil.
  private func clipped(
    _ start: (x: Double, y: Double), _ end: (x: Double, y: Double)
  ) -> ((x: Double, y: Double), (x: Double, y: Double))? {
    guard start.x.isFinite, start.y.isFinite, end.x.isFinite, end.y.isFinite else { return nil }
    let (dx, dy) = (end.x - start.x, end.y - start.y)
    var (low, high) = (0.0, 1.0)
    /// Narrows `low...high` to the part of the segment on the inner side of the edge
    /// `p·t ≤ q`; false when the segment runs parallel to the edge, outside it.
    func keep(_ p: Double, _ q: Double) -> Bool {
      if p == 0 { return q >= 0 }
      if p < 0 { low = max(low, q / p) } else { high = min(high, q / p) }
      return true
    }
    // Left, right, top, bottom (called one by one, not looped over an array: this runs for
    // every segment of every curve).
    guard keep(-dx, start.x), keep(dx, Double(dotColumns - 1) - start.x), keep(-dy, start.y),
      keep(dy, Double(dotRows - 1) - start.y), low <= high
    else { return nil }
    return (
      (start.x + low * dx, start.y + low * dy), (start.x + high * dx, start.y + high * dy)
    )
  }

  /// The character of cell `(column, row)`: a braille pattern, or a space when empty.
  func character(column: Int, row: Int) -> Character {
    Character(scalar(column: column, row: row))
  }

  /// `character(column:row:)` as its one scalar.
  func scalar(column: Int, row: Int) -> Unicode.Scalar {
    let value = bits[row * columns + column]
    return value == 0 ? " " : Unicode.Scalar(0x2800 + UInt32(value))!
  }

  /// The series that last drew in cell `(column, row)`.
  func owner(column: Int, row: Int) -> Int? {
    let owner = owners[row * columns + column]
    return owner < 0 ? nil : owner
  }

  /// Whether cell `(column, row)` has no dots.
  func isEmpty(column: Int, row: Int) -> Bool { bits[row * columns + column] == 0 }
}
