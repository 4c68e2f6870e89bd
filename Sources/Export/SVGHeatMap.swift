import Base
import Pictures

/// A heat map as SVG: one square per value, coloured on the map's scale, row labels on the
/// left, column labels above, both titles, and a colour bar with the scale's ends.
///
/// Sequential scales run from a pale to a deep blue on light pages and from the page's dark to
/// a bright blue on dark ones; diverging ones from blue through a neutral (pale, or dark) to
/// red. A cell's colour is one of `levels + 1` steps, a class (`s12`, `d40`) the stylesheet
/// colours for each theme, so a dark page has no glaring near-white cells and print stays
/// light. Each cell's value is in its tooltip, and written in the cell when cells are large.
struct SVGHeatMap {
  let map: HeatMap

  init(_ map: HeatMap) {
    self.map = map
  }

  func drawing() -> SVGPicture.Drawing {
    let rowLabelWidth = min(120, Double(map.rowLabels.map(\.count).max() ?? 0) * 7 + 12)
    let left = 24 + rowLabelWidth
    let top = 48.0
    let available = SVGPicture.width - left - 16
    let cell = min(56, max(4, (available / Double(max(map.columns, 1))).rounded(.down)))
    let gridWidth = cell * Double(map.columns)
    let gridHeight = cell * Double(map.rows)
    var body = ""
    // Titles.
    body += SVGPicture.text(map.columnTitle, x: left + gridWidth / 2, y: 14)
    let midY = top + gridHeight / 2
    body += SVGPicture.text(
      map.rowTitle, x: 12, y: midY,
      extra: " transform=\"rotate(-90 12 " + SVGPicture.number(midY) + ")\"")
    // Labels, thinned so they do not overlap.
    let columnStep = max(1, Int((28 / cell).rounded(.up)))
    for (c, label) in map.columnLabels.enumerated() where c % columnStep == 0 {
      body += SVGPicture.text(label, x: left + (Double(c) + 0.5) * cell, y: top - 8)
    }
    let rowStep = max(1, Int((14 / cell).rounded(.up)))
    for (r, label) in map.rowLabels.enumerated() where r % rowStep == 0 {
      body += SVGPicture.text(
        label, x: left - 6, y: top + (Double(r) + 0.5) * cell + 4, anchor: "end")
    }
    // Cells.
    let withTitles = map.rows * map.columns <= 4096
    let withValues = cell >= 44
    for (r, row) in map.values.enumerated() {
      for (c, value) in row.enumerated() {
        let x = left + Double(c) * cell
        let y = top + Double(r) * cell
        body +=
          "<rect class=\"cell " + cellClass(value) + "\" x=\"" + SVGPicture.number(x) + "\" y=\""
          + SVGPicture.number(y) + "\" width=\"" + SVGPicture.number(cell) + "\" height=\""
          + SVGPicture.number(cell) + "\""
        if withTitles {
          body +=
            "><title>" + HTMLText.escape(map.rowLabels[r]) + ", "
            + HTMLText.escape(map.columnLabels[c]) + ": " + NumberText.fixed(value, decimals: 3)
            + "</title></rect>"
        } else {
          body += "/>"
        }
        if withValues {
          // White or black text, whichever reads on the cell, in each theme: `lw`/`lb` for
          // the light palette, `dw`/`db` for the dark one.
          let level = self.level(value)
          let light = Self.isDeep(Self.color(level: level, diverging: isDiverging, dark: false))
          let dark = Self.isDeep(Self.color(level: level, diverging: isDiverging, dark: true))
          body += SVGPicture.text(
            Self.format(value), x: x + cell / 2, y: y + cell / 2 + 4,
            extra: " class=\"value " + (light ? "lw" : "lb") + (dark ? " dw" : " db") + "\"")
        }
      }
    }
    body +=
      "<rect class=\"frame\" x=\"" + SVGPicture.number(left) + "\" y=\""
      + SVGPicture.number(top) + "\" width=\"" + SVGPicture.number(gridWidth) + "\" height=\""
      + SVGPicture.number(gridHeight) + "\"/>"
    // Colour bar.
    let barTop = top + gridHeight + 16
    let barWidth = min(240, max(120, gridWidth))
    let steps = 24
    for i in 0..<steps {
      let t = (Double(i) + 0.5) / Double(steps)
      let value = map.scale.lower + t * (map.scale.upper - map.scale.lower)
      body +=
        "<rect x=\"" + SVGPicture.number(left + Double(i) * barWidth / Double(steps))
        + "\" y=\"" + SVGPicture.number(barTop) + "\" width=\""
        + SVGPicture.number(barWidth / Double(steps) + 0.5) + "\" height=\"10\" class=\""
        + cellClass(value) + "\"/>"
    }
    body += SVGPicture.text(Self.format(map.scale.lower), x: left, y: barTop + 26, anchor: "start")
    body += SVGPicture.text(
      Self.format(map.scale.upper), x: left + barWidth, y: barTop + 26, anchor: "end")
    let height = barTop + 36
    let width = min(SVGPicture.width, left + max(gridWidth, barWidth) + 16)
    return SVGPicture.Drawing(kind: "heat-map", height: height, body: body, width: width)
  }

  /// The number of colour steps of a scale, less one.
  static let levels = 64

  private var isDiverging: Bool { map.scale.kind == .diverging }

  /// The class that colours `value`: `s0` … `s64` on a sequential scale, `d0` … on a
  /// diverging one.
  func cellClass(_ value: Double) -> String {
    (isDiverging ? "d" : "s") + String(level(value))
  }

  /// The colour step of `value`: 0 … `levels`.
  func level(_ value: Double) -> Int {
    let t = min(max(map.scale.position(of: value), 0), 1)
    return Int((t * Double(Self.levels)).rounded())
  }

  /// Whether `color` (`#rrggbb`) is dark enough for white text: relative luminance below 0.35.
  static func isDeep(_ color: String) -> Bool {
    let digits = Array(color.utf8.dropFirst())
    func channel(_ i: Int) -> Double {
      Double(Int(String(decoding: digits[i..<i + 2], as: UTF8.self), radix: 16) ?? 0) / 255
    }
    return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4) < 0.35
  }

  /// The colour of step `level` as `#rrggbb`, for the light or the dark theme.
  static func color(level: Int, diverging: Bool, dark: Bool) -> String {
    let t = Double(level) / Double(levels)
    let rgb: (Double, Double, Double)
    switch (diverging, dark) {
    case (false, false):
      rgb = mix((0.94, 0.96, 1.0), (0.03, 0.19, 0.42), t)
    case (false, true):
      rgb = mix((0.12, 0.14, 0.19), (0.45, 0.72, 0.98), t)
    case (true, false):
      rgb =
        t < 0.5
        ? mix((0.13, 0.40, 0.67), (0.97, 0.97, 0.97), t * 2)
        : mix((0.97, 0.97, 0.97), (0.70, 0.09, 0.17), (t - 0.5) * 2)
    case (true, true):
      rgb =
        t < 0.5
        ? mix((0.35, 0.62, 0.95), (0.17, 0.18, 0.21), t * 2)
        : mix((0.17, 0.18, 0.21), (0.98, 0.42, 0.40), (t - 0.5) * 2)
    }
    func hex(_ x: Double) -> String {
      let n = Int((min(max(x, 0), 1) * 255).rounded())
      let digits = String(n, radix: 16)
      return n < 16 ? "0" + digits : digits
    }
    return "#" + hex(rgb.0) + hex(rgb.1) + hex(rgb.2)
  }

  private static func mix(
    _ a: (Double, Double, Double), _ b: (Double, Double, Double), _ t: Double
  ) -> (Double, Double, Double) {
    (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, a.2 + (b.2 - a.2) * t)
  }

  static func format(_ value: Double) -> String {
    let text = NumberText.fixed(value, decimals: 2)
    return text == "-0.00" ? "0.00" : text
  }
}
