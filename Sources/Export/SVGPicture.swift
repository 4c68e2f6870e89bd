import Base
import Pictures

/// Draws a `Picture` as inline SVG: the same pictures the terminal draws, with axes, ticks,
/// labels and a legend.
///
/// The SVG scales to the page's width (`viewBox`, no fixed size) but never below 600 pixels,
/// so that its 12-unit text stays above 11 pixels; a narrower page scrolls it in its box
/// (`picture-box`). It takes its text and axis
/// colours from the page (`currentColor`), so it follows the light or dark theme; series
/// colours are the stylesheet's `--series-N`. Output is deterministic: numbers are written
/// with fixed decimals and nothing depends on the time or on hashing.
enum SVGPicture {
  static func draw(_ picture: Picture, title: String) -> String {
    let drawing: Drawing
    switch picture {
    case .lineChart(let chart): drawing = SVGLineChart(chart).drawing()
    case .barChart(let chart): drawing = SVGBarChart(chart).drawing()
    case .heatMap(let map): drawing = SVGHeatMap(map).drawing()
    }
    // The box scrolls sideways when the page is narrower than the picture's least width.
    // A drawing narrower than the view box is drawn at its natural size (one unit, one
    // pixel), so that it is neither blown up on a wide page nor shrunk on a phone.
    let size =
      drawing.width < width
      ? " natural\" width=\"" + number(drawing.width) + "\" height=\"" + number(drawing.height)
      : ""
    return "<div class=\"picture-box\"><svg role=\"img\" aria-label=\"" + HTMLText.escape(title)
      + "\" class=\"picture " + drawing.kind + size + "\" viewBox=\"0 0 "
      + number(min(drawing.width, width)) + " " + number(drawing.height)
      + "\" xmlns=\"http://www.w3.org/2000/svg\">" + drawing.body + "</svg></div>\n"
  }

  /// What a drawer makes: the inside of the `<svg>` element, its height in units of a
  /// `width`-wide view box, and its kind (a CSS class: `line-chart`, `bar-chart`, `heat-map`).
  struct Drawing {
    var kind: String
    var height: Double
    var body: String
    /// The width the drawing uses, at most `SVGPicture.width`.
    var width = SVGPicture.width
  }

  /// Every picture is drawn in a view box this many units wide; the page scales it.
  static let width = 640.0

  /// The number of series colours the stylesheet defines (`--series-0` …).
  static let paletteSize = 6

  /// `value` with one decimal, as SVG coordinates are written.
  static func number(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    if tenths == 0 { return "0" }
    let whole = Int(tenths) / 10
    let fraction = abs(Int(tenths)) % 10
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return fraction == 0 ? sign + String(whole) : sign + String(whole) + "." + String(fraction)
  }

  static func text(
    _ content: String, x: Double, y: Double, anchor: String = "middle", extra: String = ""
  ) -> String {
    "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\""
      + extra + ">" + HTMLText.escape(content) + "</text>"
  }

  static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cls: String) -> String {
    "<line class=\"" + cls + "\" x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\""
      + number(x2) + "\" y2=\"" + number(y2) + "\"/>"
  }

  /// Legend entries laid out in rows of at most `width` units, from `(x, y)`: a swatch and a
  /// label each. Returns the markup and the height used.
  static func legend(_ labels: [String], x: Double, y: Double, width: Double) -> (String, Double) {
    var output = ""
    var cx = x
    var cy = y
    for (index, label) in labels.enumerated() {
      let itemWidth = 24 + Double(label.count) * 7 + 18
      if cx > x && cx + itemWidth > x + width {
        cx = x
        cy += 18
      }
      output +=
        "<rect class=\"series-\(index % paletteSize)\" x=\"" + number(cx) + "\" y=\""
        + number(cy - 9) + "\" width=\"16\" height=\"4\"/>"
      output += text(label, x: cx + 22, y: cy - 3, anchor: "start")
      cx += itemWidth
    }
    return (output, labels.isEmpty ? 0 : cy - y + 18)
  }
}
