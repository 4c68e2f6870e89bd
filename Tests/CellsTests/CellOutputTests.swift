import Course
import Export
import Pictures
import Rendering
import Testing

/// What a cell printed, made into text and pictures, and drawn in the terminal and in HTML.
@Suite struct CellOutputTests {
  static let marker = CellRecord.marker

  static let plot =
    marker + #"{"kind":"plot","title":"Curves","xLabel":"x","yLabel":"y","logY":false,"#
    + #""series":[{"label":"up","x":[0,1,2],"y":[0,1,null]},{"label":"down","x":[0,1,2],"y":[2,1,0]}]}"#
  static let bars =
    marker
    + #"{"kind":"bars","title":"","labels":["a","b"],"groups":[{"label":"","values":[0.25,0.75]}]}"#
  static let heatmap =
    marker + #"{"kind":"heatmap","title":"H","rowTitle":"query","columnTitle":"key","#
    + #""rows":["0","1"],"columns":["0","1"],"values":[[1,-1],[0.5,0]]}"#

  @Test func recordsBecomePicturesBetweenTheTextInOrder() throws {
    let output = CellOutput(
      status: .ran,
      stdout: "before\n" + Self.plot + "\nmiddle\n" + Self.bars + "\n" + Self.heatmap + "\nafter\n")
    try #require(output.items.count == 6)
    #expect(output.items[0] == .text("before"))
    guard case .picture(.lineChart(let chart), "Curves") = output.items[1] else {
      Issue.record("not a line chart: \(output.items[1])")
      return
    }
    #expect(chart.series.map(\.label) == ["up", "down"])
    #expect(chart.series[0].points.count == 3 && chart.series[0].points[2].y.isNaN)
    #expect(output.items[2] == .text("middle"))
    guard case .picture(.barChart(let barChart), "") = output.items[3],
      case .picture(.heatMap(let map), "H") = output.items[4]
    else {
      Issue.record("not a bar chart and a heat map: \(output.items[3...4])")
      return
    }
    #expect(barChart.groups[0].bars.map(\.value) == [0.25, 0.75])
    #expect(map.scale.kind == .diverging && map.rowTitle == "query")
    #expect(output.items[5] == .text("after"))
  }

  @Test func aBrokenRecordIsSaidNotDrawnAndTextIsEscaped() {
    let output = CellOutput(
      status: .ran,
      stdout: Self.marker + "{nope\n" + Self.marker + #"{"kind":"pie"}"# + "\n\u{1B}[2Jred\n")
    #expect(
      output.items == [
        .badRecord("a picture record that is not valid JSON"),
        .badRecord("a picture record of unknown kind `pie`"), .text("␛[2Jred"),
      ])
  }

  @Test func aFloodIsCutWithANote() {
    let lines = (1...1000).map { "line \($0)" }.joined(separator: "\n")
    let output = CellOutput(status: .outputExceeded, stdout: lines)
    guard case .text(let text) = output.items.first else {
      Issue.record("no text")
      return
    }
    #expect(text.split(separator: "\n").count == CellOutput.maximumLines)
    #expect(output.notes == ["output cut after 200 of 1000 lines"])
  }

  static let lesson = LessonParser.parse(
    "---\nid: demo\ntitle: Demo\norder: 3\nsummary: s\n---\n\n# Demo\n\n```run\nplot()\n```\n",
    path: "demo.md"
  ).lesson

  @Test func theTerminalShowsTheCodeThenTextAndPicturesBehindABar() {
    let output = CellOutput(
      status: .ran, stdout: "hello\n" + Self.plot + "\n" + Self.bars + "\n",
      notes: ["using your f (workspace/ex.swift)"])
    let text = TerminalRenderer.render(
      Self.lesson, style: TerminalStyle(width: 60), cells: [1: output])
    #expect(text.contains("cell 1 · primer try 3:1\n  plot()\n│ hello\n│ Curves\n"))
    #expect(text.contains("⠒⠒⠒⠒ up"))  // the line chart's legend
    #expect(text.contains("│   a ████"))  // a bar
    #expect(text.contains("│ using your f (workspace/ex.swift)"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 60 })
  }

  @Test func aFailedCellShowsItsErrorAndTheLessonGoesOn() {
    let failed = CellOutput(
      status: .crashed, stdout: "partial\n",
      error: "crashed at cells/demo-1.swift:1:1: Index out of range")
    let text = TerminalRenderer.render(
      Self.lesson, style: TerminalStyle(width: 60), cells: [1: failed])
    #expect(text.contains("│ partial\n│ crashed at cells/demo-1.swift:1:1: Index out of range\n"))
  }

  @Test func htmlShowsTheOutputWithPicturesAsSVG() {
    let output = CellOutput(status: .ran, stdout: "<b>hi</b>\n" + Self.heatmap + "\n")
    let page = HTMLRenderer.render(Self.lesson, options: .init(cells: ["demo": [1: output]]))
    #expect(
      page.article.contains("<div class=\"cell-output ran\">\n<pre>&lt;b&gt;hi&lt;/b&gt;</pre>"))
    #expect(page.article.contains("<svg role=\"img\" aria-label=\"H\""))
    let unrun = HTMLRenderer.render(Self.lesson).article
    #expect(unrun.contains("<div class=\"cell-output not-run\">"))
    #expect(unrun.contains("<code>primer try 3:1</code> runs it."))
  }
}
