import Course
import Foundation
import Pictures
import PrimerKit
import Testing

@testable import Rendering

/// Pictures drawn in the terminal: snapshots of `Plots.md` (one plot of each kind and one
/// that cannot be drawn), the width rule at every width, and the drawing rules one by one.
///
/// Rewrite the snapshots after an intended change and review the diff in git:
///
///     PRIMER_UPDATE_SNAPSHOTS=1 swift test --filter PictureDrawingTests
@Suite struct PictureDrawingTests {
  static let plots: Lesson = LessonParser.parse(
    RenderingFixtures.text("Plots.md"), path: "Plots.md"
  ).lesson

  @Test(arguments: SnapshotTests.styles)
  func plotsMatchSnapshot(style: TerminalStyle) throws {
    let output = TerminalRenderer.render(Self.plots, style: style)
    let name = "plots-\(style.width)-\(style.color ? "color" : "plain").txt"
    if ProcessInfo.processInfo.environment["PRIMER_UPDATE_SNAPSHOTS"] == "1" {
      try output.write(
        to: RenderingFixtures.sourceSnapshotURL(name), atomically: true, encoding: .utf8)
      return
    }
    let expected = RenderingFixtures.snapshot(name)
    #expect(
      output == expected,
      "\(name) differs from the snapshot (set PRIMER_UPDATE_SNAPSHOTS=1 to rewrite it):\n\(SnapshotTests.diff(expected: expected, actual: output))"
    )
  }

  @Test(arguments: Array(stride(from: 20, through: 140, by: 6)))
  func noLineIsWiderThanTheTerminal(width: Int) {
    for color in [false, true] {
      let output = TerminalRenderer.render(
        Self.plots, style: TerminalStyle(width: width, color: color))
      let overlong = OutputChecks.overlongLines(output, width: width)
      #expect(overlong.isEmpty, "width \(width), colour \(color): lines \(overlong.map(\.number))")
      #expect(!OutputChecks.containsControlCharacters(output, allowEscape: color))
      #expect(OutputChecks.onlyRendererEscapes(output))
    }
  }

  @Test func aBadSpecIsAFramedReasonNotACrash() {
    let output = TerminalRenderer.render(Self.plots, style: TerminalStyle(width: 80))
    #expect(output.contains("│ A plot that cannot be drawn"))
    #expect(output.contains("│ cannot draw: unknown plot kind `histogram`; kinds are functions,"))
  }

  @Test func titlesAndCaptionsAreShown() {
    let output = TerminalRenderer.render(Self.plots, style: TerminalStyle(width: 80))
    #expect(output.contains("╭─ Plot ─"))
    #expect(output.contains("│ ReLU, GELU and the slope of the sigmoid"))
    #expect(output.contains("│ GELU bends smoothly where ReLU has a corner."))
  }

  /// Specs at the edges of what is allowed, and beyond: each renders within the width.
  static let edgeSpecs: [String] = [
    "kind: functions\ntitle: T\nfunctions: relu\nrange: 1e-9 2e-9",
    "kind: functions\ntitle: T\nfunctions: relu, sigmoid, tanh, gelu, gelu-tanh, gelu-difference'\ny-range: 100 101",
    "kind: training\ntitle: T\ntask: xor\noptimizers: sgd\nlearning-rate: 10\nsteps: 50",
    "kind: training\ntitle: T\ntask: xor\noptimizers: sgd\nlearning-rate: 10\nsteps: 50\ny-scale: log",
    "kind: softmax\ntitle: T\nlogits: 1000, -1000\nlabels: \u{1B}[31m日本語日本語日本語日本語, x",
    "kind: attention\ntitle: T\ntokens: a\nd-model: 1",
    "kind: attention\ntitle: T\ntokens: averyveryverylongtoken b c d e f g h i j k l m n o p",
    "kind: positional-encoding\ntitle: T\nlength: 256\nd-model: 256",
    "kind: learning-rate\ntitle: T\nschedule: warmup-linear\nsteps: 1\npeak: 10",
    "kind: learning-rate\ntitle: T\nschedule: warmup-cosine\nsteps: 5\nwarmup: 5\npeak: 1e-9",
  ]

  @Test(arguments: edgeSpecs)
  func edgeSpecsRenderWithinTheWidth(body: String) {
    let source = "---\nid: e\ntitle: E\norder: 1\nsummary: s\n---\n\n```plot\n\(body)\n```\n"
    let lesson = LessonParser.parse(source, path: "e.md").lesson
    for width in [20, 29, 41, 60, 80, 120] {
      for color in [false, true] {
        let output = TerminalRenderer.render(
          lesson, style: TerminalStyle(width: width, color: color))
        #expect(OutputChecks.overlongLines(output, width: width).isEmpty, "width \(width)")
        #expect(!OutputChecks.containsControlCharacters(output, allowEscape: color))
        #expect(!output.contains("cannot draw"), "\(output)")
      }
    }
  }

  // MARK: The drawing rules

  static func text(_ lines: [StyledLine], color: Bool) -> String {
    TerminalRenderer.write(lines, color: color)
  }

  @Test func barsHaveEighthColumnResolution() {
    let axis = Axis.linear(label: "p", lower: 0, upper: 1, roundedOut: false)
    #expect(BarChartDrawing.bar(0, on: axis, columns: 4) == "")
    #expect(BarChartDrawing.bar(1.0 / 32, on: axis, columns: 4) == "▏")
    #expect(BarChartDrawing.bar(0.5, on: axis, columns: 4) == "██")
    #expect(BarChartDrawing.bar(0.5 + 3.0 / 32, on: axis, columns: 4) == "██▍")
    #expect(BarChartDrawing.bar(2, on: axis, columns: 4) == "████")
    #expect(BarChartDrawing.bar(.nan, on: axis, columns: 4) == "")
  }

  @Test func barChartLinesEndWithTheirValues() {
    let chart = BarChart(
      groups: [
        BarGroup(
          label: "T = 1", bars: [Bar(label: "a", value: 0.75), Bar(label: "bb", value: 0.25)])
      ],
      valueAxis: Axis.linear(label: "p", lower: 0, upper: 1, roundedOut: false))
    let lines = PictureDrawing.draw(.barChart(chart), width: 30, color: false)
    // 19 columns of bar: 0.75 × 19 = 14¼ columns, 0.25 × 19 = 4¾ columns.
    let full = { (count: Int) in String(repeating: "█", count: count) }
    #expect(
      Self.text(lines, color: false)
        == "T = 1\n   a \(full(14))▎     0.750\n  bb \(full(4))▊               0.250\n")
  }

  @Test func brailleDotsFollowUnicodeNumbering() {
    var canvas = BrailleCanvas(columns: 1, rows: 1)
    #expect(canvas.character(column: 0, row: 0) == " ")
    canvas.set(x: 0, y: 0, series: 0)
    #expect(canvas.character(column: 0, row: 0) == "⠁")
    canvas.set(x: 1, y: 3, series: 1)
    #expect(canvas.character(column: 0, row: 0) == "⢁")
    #expect(canvas.owner(column: 0, row: 0) == 1)
    canvas.set(x: 5, y: -1, series: 0)  // outside: ignored
    var line = BrailleCanvas(columns: 2, rows: 1)
    line.line(from: (-10, 1), to: (10, 1), series: 0)
    #expect(line.character(column: 0, row: 0) == "⠒" && line.character(column: 1, row: 0) == "⠒")
  }

  /// Each dot pattern draws the columns its rule gives.
  @Test func dotPatternsDrawTheirColumns() {
    let drawn = LineChartDrawing.DotPattern.allCases.map { pattern in
      String((0..<12).map { pattern.shows($0) ? "•" : " " })
    }
    #expect(
      drawn == [
        "••••••••••••", "••••    ••••", "•  •  •  •  ", "••••  ••••  ", "••••••••    ",
        "•     •     ",
      ])
  }

  static let twoSeries = LineChart(
    series: [
      Series(label: "up", points: [Point(x: 0, y: 0), Point(x: 1, y: 1)]),
      Series(label: "down", points: [Point(x: 0, y: 1), Point(x: 1, y: 0)]),
    ],
    xAxis: Axis.linear(label: "x", lower: 0, upper: 1, roundedOut: false),
    yAxis: Axis.linear(label: "y", lower: 0, upper: 1, roundedOut: false))

  @Test func plainLineChartsNumberTheirCurvesAndColourOnesColourThem() {
    let plain = Self.text(
      PictureDrawing.draw(.lineChart(Self.twoSeries), width: 40, color: false), color: false)
    #expect(plain.contains("1⠒⠒⠒⠒ up"))
    #expect(plain.contains("2⠒⠒   down"))
    #expect(plain.contains("1") && plain.contains("2"))
    let colour = Self.text(
      PictureDrawing.draw(.lineChart(Self.twoSeries), width: 40, color: true), color: true)
    #expect(colour.contains("\u{1B}[0;36m━━\u{1B}[0m up"))
    #expect(colour.contains("\u{1B}[0;35m"))
  }

  @Test func heatMapCellsAreShadesOrBackgrounds() {
    let map = HeatMap(
      values: [[0, 0.5, 1]], rowLabels: ["r"], columnLabels: ["a", "b", "c"], rowTitle: "row",
      columnTitle: "column", scale: ColorScale(kind: .sequential, lower: 0, upper: 1))
    let plain = Self.text(PictureDrawing.draw(.heatMap(map), width: 30, color: false), color: false)
    #expect(plain.contains("  r   ▒▒██\n"))
    #expect(plain.contains("scale 0   ░░▒▒▓▓██ 1"))
    let colour = Self.text(PictureDrawing.draw(.heatMap(map), width: 30, color: true), color: true)
    #expect(colour.contains("\u{1B}[0;48;5;16m  \u{1B}[0;48;5;39m  \u{1B}[0;48;5;231m  "))
  }

  @Test func tooNarrowForAPictureSaysSo() {
    let lines = PictureDrawing.draw(.lineChart(Self.twoSeries), width: 23, color: false)
    #expect(Self.text(lines, color: false) == "(widen the terminal to 28 columns to see it)\n")
  }
}
