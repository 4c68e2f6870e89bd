import Pictures
import Testing

@testable import Export

@Suite struct SVGPictureTests {
  let axis = Axis.linear(label: "x <axis>", lower: 0, upper: 1, roundedOut: true)

  @Test func labelsAndTitlesAreEscaped() {
    let map = HeatMap(
      values: [[0.1, 0.9]], rowLabels: ["<script>"], columnLabels: ["a&b", "\"q\""],
      rowTitle: "query", columnTitle: "key",
      scale: ColorScale(kind: .sequential, lower: 0, upper: 1))
    let svg = SVGPicture.draw(.heatMap(map), title: "T <1>")
    #expect(!svg.contains("<script"))
    #expect(svg.contains("&lt;script&gt;"))
    #expect(svg.contains("a&amp;b"))
    #expect(svg.contains("aria-label=\"T &lt;1&gt;\""))
  }

  @Test func aCurveBreaksWhereAValueCannotBeShown() {
    let series = Series(
      label: "loss",
      points: [
        Point(x: 0, y: 0.5), Point(x: 0.25, y: 0.25), Point(x: 0.5, y: .nan),
        Point(x: 0.75, y: 0.75), Point(x: 1, y: 1),
      ])
    let svg = SVGPicture.draw(
      .lineChart(LineChart(series: [series], xAxis: axis, yAxis: axis)), title: "t")
    #expect(svg.contains("d=\"M0 130L140 195 M420 65L560 0\""))
  }

  @Test func everyKindHasAxesOrLabelsAndASize() {
    let bars = BarChart(
      groups: [BarGroup(label: "T = 1", bars: [Bar(label: "a", value: 0.25)])], valueAxis: axis)
    let svg = SVGPicture.draw(.barChart(bars), title: "bars")
    #expect(
      svg.hasPrefix(
        "<div class=\"picture-box\"><svg role=\"img\" aria-label=\"bars\" class=\"picture bar-chart\" viewBox=\"0 0 640 "
      ))
    #expect(svg.contains(">0.250</text>"))
    #expect(svg.contains(">x &lt;axis&gt;</text>"))
    #expect(svg.contains(">T = 1</text>"))
  }

  @Test func theValueAxisNeverCrossesAGroupLabel() throws {
    let bars = BarChart(
      groups: [BarGroup(label: "T = 0.125", bars: [Bar(label: "a", value: 0.25)])],
      valueAxis: axis)
    let svg = SVGPicture.draw(.barChart(bars), title: "bars")
    // The axis is at the bars' left edge; the bold group label, about 7.5 units a character,
    // starts at 8 and must end before it.
    let match = try #require(svg.firstMatch(of: /<rect class="series-0" x="([0-9.]+)"/))
    #expect(Double(match.1)! >= 8 + 9 * 7.5)
  }

  @Test(arguments: [
    (0.0, "0"), (-0.04, "0"), (1.25, "1.3"), (-1.25, "-1.3"), (-0.5, "-0.5"), (640, "640"),
  ])
  func coordinatesHaveOneDecimal(_ value: Double, _ text: String) {
    #expect(SVGPicture.number(value) == text)
  }
}
