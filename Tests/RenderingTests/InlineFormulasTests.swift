import Testing

@testable import Rendering

/// `InlineFormulas` gives, first time and every time after, the span its plain twin makes.
@Suite struct InlineFormulasTests {
  @Test func formulasOfTheLessonsComeBackAsRenderedAfresh() {
    let formulas = InlineFormulas()
    var failures: [String] = []
    for round in 0..<2 {
      for tex in PlainFormulaFastPathTests.lessonFormulas {
        let style: TextStyle = round == 0 ? .math : TextStyle(bold: true, color: .green)
        if formulas.span(for: tex, style: style) != Span(UnicodeMath.render(tex: tex), style) {
          failures.append(tex)
        }
      }
    }
    #expect(failures.isEmpty, "formulas given differently: \(failures.prefix(10))")
  }
}
