import Course
import Testing

@testable import Rendering

@Suite struct CourseOverviewTests {
  static let catalog = Catalog(
    directory: "Lessons",
    lessons: [
      LessonParser.parse(
        "---\nid: attention\ntitle: Attention\norder: 2\nsummary: Queries, keys and values: how each token looks at the others, with a long summary that must be cut.\n---\n",
        path: "02-attention.md"
      ).lesson,
      LessonParser.parse(
        "---\nid: neural-networks\ntitle: Neural networks\norder: 1\nsummary: Neurons and layers.\n---\n\n```exercise neuron\ntitle: One neuron\n```\n",
        path: "01-neural-networks.md"
      ).lesson,
    ], diagnostics: [])

  @Test func listsLessonsInOrderAndSaysWhatToDoNext() {
    let output = CourseOverview.render(Self.catalog, style: TerminalStyle(width: 60))
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.contains("1  Neural networks  1 exercise"))
    #expect(lines.contains("   Neurons and layers."))
    let first = lines.firstIndex { $0.contains("Neural networks") } ?? 0
    let second = lines.firstIndex { $0.contains("Attention") } ?? 0
    #expect(first < second)
    #expect(output.contains("primer read 1"))
    #expect(output.contains("primer list"))
    #expect(output.contains("primer --help"))
    #expect(output.contains("…"))
  }

  @Test(arguments: [20, 40, 60, 80, 120])
  func fitsTheWidth(width: Int) {
    for color in [false, true] {
      let output = CourseOverview.render(
        Self.catalog, style: TerminalStyle(width: width, color: color))
      #expect(OutputChecks.overlongLines(output, width: width).isEmpty)
    }
  }

  @Test func emptyCatalogSaysSo() {
    let output = CourseOverview.render(
      Catalog(directory: "Nowhere", lessons: [], diagnostics: []), style: TerminalStyle())
    #expect(output.contains("No lessons found in Nowhere."))
  }
}
