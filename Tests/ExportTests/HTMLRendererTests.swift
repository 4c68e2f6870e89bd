import Course
import Foundation
import Testing

@testable import Export

@Suite struct HTMLRendererTests {
  let page = HTMLRenderer.render(ExportFixtures.lesson, work: ExportFixtures.work)

  @Test func lessonParsesWithoutProblems() {
    #expect(ExportFixtures.lesson.exercises.map(\.id) == ["passes", "fails", "unstarted"])
  }

  @Test func noRawScriptOrHandlerSurvives() {
    let html = page.article
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img src=x"))
    #expect(!html.contains("<div onclick"))
    #expect(!html.contains("href=\"javascript:"))
    #expect(html.contains("&lt;script&gt;document.title = &quot;owned&quot;&lt;/script&gt;"))
    #expect(html.contains("raw HTML from the lesson, shown as text"))
  }

  @Test func safeLinksAreKeptAndEscaped() {
    #expect(page.article.contains("<a href=\"https://example.com/?a=1&amp;b=2\">good one</a>"))
    #expect(page.article.contains("bad link"))
  }

  @Test(
    arguments: [
      ("javascript:alert(1)", nil), ("JavaScript:x", nil), (" java\u{0}script:x", nil),
      ("data:text/html,x", nil), ("vbscript:x", nil), ("https://a.b/c", "https://a.b/c"),
      ("page.html#x", "page.html#x"), ("#top", "#top"), ("a/b:c", "a/b:c"),
      ("mailto:a@b.c", "mailto:a@b.c"),
    ] as [(String, String?)])
  func unsafeSchemesAreDropped(_ url: String, _ expected: String?) {
    #expect(HTMLText.safeURL(url) == expected)
  }

  @Test func escapeCoversTheFiveSpecialCharacters() {
    #expect(
      HTMLText.escape("<a href=\"x\">'&'</a>")
        == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    #expect(HTMLText.escape("plain ünïcode") == "plain ünïcode")
  }

  @Test func learnerStringsAreEscaped() {
    let html = page.article
    #expect(html.contains("&lt;/pre&gt;&lt;script&gt;alert(3)&lt;/script&gt;"))
    #expect(html.contains("<code>g&lt;script&gt;</code>: expected 1, got 2 &amp; &quot;more&quot;"))
    #expect(html.contains("// &lt;mine&gt;"))
  }

  @Test func mathIsMathMLWithNoDollarsLeft() {
    let html = page.article
    #expect(html.contains("<math alttext=\"\\frac{a}{b} + \\sqrt{x}\"><mrow><mfrac>"))
    #expect(html.contains("<math display=\"block\""))
    #expect(!html.contains("$"))
  }

  @Test func swiftIsHighlighted() {
    #expect(
      page.article.contains(
        "<span class=\"kw\">let</span> greeting = <span class=\"st\">&quot;&lt;script&gt;hi&lt;/script&gt;&quot;</span>  <span class=\"co\">// a comment</span>"
      ))
  }

  @Test func plotIsInlineSVG() {
    #expect(
      page.article.contains(
        "<svg role=\"img\" aria-label=\"Softmax at two temperatures\" class=\"picture bar-chart\""))
    #expect(page.article.contains("T = 0.5"))
  }

  /// The section of the learner's work on `id`.
  func work(_ id: String) -> String {
    let start = page.article.range(of: "aria-label=\"Your work on \(id)\"")!
    let end = page.article.range(of: "</section>", range: start.upperBound..<page.article.endIndex)!
    return String(page.article[start.lowerBound..<end.lowerBound])
  }

  @Test func passedExerciseShowsVerdictChecksDateCodeAndSolution() {
    let html = work("passes")
    #expect(
      html.contains(
        "<p class=\"verdict passed\"><span class=\"status\">Passed</span> · 2026-11-18 11:06 UTC · 2 attempts · 1 hint used</p>"
      ))
    #expect(
      html.contains("<li class=\"pass\"><span class=\"mark\">✓ passed</span> <code>f</code></li>"))
    #expect(html.contains("your solution — workspace/passes.swift"))
    #expect(html.contains("The reference solution"))
    #expect(html.contains("<span class=\"nu\">42</span>"))
  }

  @Test func failedExerciseShowsTheNamedMistakeAndNoSolution() {
    let html = work("fails")
    #expect(html.contains("<span class=\"status\">Failed</span>"))
    #expect(html.contains("3 attempts · 0 hints used"))
    #expect(html.contains("✗ failed"))
    #expect(html.contains("A known mistake: <code>off-by-one</code>"))
    #expect(html.contains("Off by one: count from zero."))
    #expect(!html.contains("The reference solution"))
  }

  @Test func failedAttemptShowsSeedChecksMistakeThenNumberedCode() throws {
    let html = work("fails")
    #expect(html.contains("<span class=\"seed\">seed 4242</span>"))
    #expect(
      html.contains(
        "The same inputs again: <code class=\"command\">primer run fails --seed 4242</code>"))
    // The summary only restates the first failed check, which is listed.
    #expect(!html.contains("first: g: expected 1"))
    #expect(html.contains("your attempt — workspace/fails.swift"))
    #expect(!html.contains("your solution"))
    #expect(html.contains("<pre class=\"gutter\" aria-hidden=\"true\">1</pre>"))
    let order = ["seed 4242", "✗ failed", "A known mistake", "--seed 4242", "your attempt"].map {
      html.range(of: $0)!.lowerBound
    }
    #expect(order == order.sorted())
  }

  @Test func starterIsFoldedOnceTheLearnersFileIsShown() {
    #expect(
      page.article.contains(
        "<details class=\"starter\"><summary>Starter code (your file is below)</summary>"))
    let unstarted = page.article.range(of: "starter code → workspace/unstarted.swift")!
    let before = page.article[..<unstarted.lowerBound].suffix(60)
    #expect(!before.contains("<details class=\"starter\">"))
  }

  @Test func headingsHavePermalinksAndLessonNumbersLink() {
    #expect(
      page.article.contains(
        "<h2 id=\"code\">Code <a class=\"permalink\" href=\"#code\" aria-label=\"Link to this section\">#</a></h2>"
      ))
    let linked = HTMLRenderer.render(
      ExportFixtures.secondLesson, options: .init(lessonPages: [1: "01-hostile.html"])
    ).article
    #expect(
      linked.contains(
        "as <a class=\"lesson-ref\" href=\"01-hostile.html\">lesson 1</a> showed, not lesson 7 (not exported) nor lessons 1."
      ))
  }

  @Test func commandsAreMarkedToStayWhole() {
    #expect(page.article.contains("<code class=\"command\">primer run passes</code>"))
  }

  @Test func unstartedExerciseSaysSo() {
    #expect(work("unstarted").contains("Not started yet"))
  }

  @Test func withoutSolutionsNoCodeIsShown() {
    let page = HTMLRenderer.render(
      ExportFixtures.lesson, work: ExportFixtures.work, options: .init(solutions: false))
    #expect(!page.article.contains("your solution"))
    #expect(!page.article.contains("The reference solution"))
    #expect(page.article.contains("<span class=\"status\">Passed</span>"))
  }

  @Test func solutionsChecksAndMistakesAreNotPrintedInTheLesson() {
    let withoutWork = HTMLRenderer.render(ExportFixtures.lesson).article
    #expect(withoutWork.contains("<details class=\"hint\"><summary>Hint 1</summary>"))
    #expect(!withoutWork.contains("{ 42 }"))
    #expect(!withoutWork.contains("check(&quot;f&quot;"))
    #expect(!withoutWork.contains("Returning 0 is the starter"))
  }

  @Test func searchTextHasMathsAsUnicode() {
    #expect(page.sections.contains { $0.text.contains("Inline math a/b + √x and") })
    #expect(!page.sections.contains { $0.text.contains("\\frac") })
  }

  @Test func contentsListSectionHeadings() {
    #expect(page.contents.map(\.title) == ["Code"])
    #expect(page.sections.contains { $0.heading == "Code" && $0.anchor == "code" })
  }
}
