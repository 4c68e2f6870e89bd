import Testing

@testable import Course

/// Parses `body` under a valid front matter block.
func parse(_ body: String) -> LessonParser.Result {
  LessonParser.parse("---\nid: t\ntitle: T\norder: 1\nsummary: s\n---\n" + body, path: "t.md")
}

func blocks(_ body: String) -> [Block] { parse(body).lesson.blocks }

func firstParagraph(_ body: String) -> [Inline] {
  for block in blocks(body) { if case .paragraph(let inlines) = block { return inlines } }
  return []
}

@Suite struct FrontMatterTests {
  @Test func readsMetadata() {
    let result = LessonParser.parse(
      "---\nid: attention\ntitle: \"Attention\"\norder: 6\nsummary: Queries, keys and values.\n---\n# Attention\n",
      path: "Lessons/06-attention.md")
    #expect(result.diagnostics.isEmpty)
    #expect(result.lesson.metadata == Metadata(id: "attention", title: "Attention", order: 6, summary: "Queries, keys and values."))
  }

  @Test func missingFrontMatterIsReportedAndTheFileNameIsUsed() {
    let result = LessonParser.parse("# Hello\n", path: "Lessons/03-backprop.md")
    #expect(result.lesson.id == "backprop")
    #expect(result.lesson.order == 3)
    #expect(result.lesson.title == "Hello")
    #expect(result.diagnostics.map(\.description).contains { $0.hasPrefix("Lessons/03-backprop.md:1:1: error: missing front matter") })
  }

  @Test func unclosedFrontMatterIsReported() {
    let result = LessonParser.parse("---\nid: x\n# Title\n", path: "x.md")
    #expect(result.diagnostics.contains { $0.message.contains("never closed") })
  }

  @Test func badKeysAndValuesAreReportedAtTheirLine() {
    let result = LessonParser.parse("---\nid: Bad Id\ntitle: T\norder: first\nsummary: s\ncolour: red\n---\n", path: "x.md")
    let lines = result.diagnostics.map { "\($0.location.line): \($0.message)" }
    #expect(lines.contains { $0.hasPrefix("2: lesson id `Bad Id`") })
    #expect(lines.contains { $0.hasPrefix("4: `order: first` must be a whole number") })
    #expect(lines.contains { $0.hasPrefix("6: unknown front matter key `colour`") })
  }

  @Test func lineNumbersAfterFrontMatterMatchTheFile() {
    let result = parse("\n```bogus\nx\n```\n")
    #expect(result.diagnostics.map(\.location.line) == [8])
  }
}

@Suite struct MathExtractionTests {
  @Test func inlineMathBecomesAMathInline() {
    #expect(firstParagraph("The rate $\\eta$ is small.") == [.text("The rate "), .math("\\eta", display: false), .text(" is small.")])
  }

  @Test func texEscapesAndEmphasisCharactersSurviveUntouched() {
    #expect(firstParagraph("$a*b*c + \\{x\\}_i$") == [.math("a*b*c + \\{x\\}_i", display: false)])
  }

  @Test(arguments: [
    "It costs $5 and $10.",
    "Pay $ 3 now $",
    "Escaped \\$x\\$ dollars",
  ])
  func dollarsThatAreNotMathStayText(_ body: String) {
    let inlines = firstParagraph(body)
    #expect(!inlines.contains { if case .math = $0 { return true } else { return false } })
    #expect(inlines.plainText.contains("$"))
    #expect(parse(body).diagnostics.isEmpty)
  }

  @Test func codeSpansKeepTheirDollars() {
    #expect(firstParagraph("Write `$x$` for math.") == [.text("Write "), .code("$x$"), .text(" for math.")])
  }

  @Test func fencedCodeKeepsItsDollars() {
    guard case .code(let code)? = blocks("```swift\nlet s = \"$x$\"\n```\n").first else {
      Issue.record("expected a code block")
      return
    }
    #expect(code.code == "let s = \"$x$\"\n")
  }

  @Test func displayMathOnItsOwnIsADisplayBlock() {
    #expect(blocks("$$\n\\frac{a}{b}\n$$\n") == [.displayMath("\\frac{a}{b}")])
    #expect(blocks("```math\nx^2\n```\n") == [.displayMath("x^2")])
  }

  @Test func multiLineMathKeepsLaterLineNumbers() {
    let result = parse("$$\na\n+ b\n$$\n\n```bogus\n```\n")
    #expect(result.lesson.blocks.first == .displayMath("a + b"))
    #expect(result.diagnostics.map(\.location.line) == [12])
  }

  @Test func displayMathInsideTextIsAnInlineDisplayFormula() {
    #expect(firstParagraph("so $$x$$ holds") == [.text("so "), .math("x", display: true), .text(" holds")])
  }

  @Test func unclosedMathIsReported() {
    #expect(parse("$$\n\\sum_i x\n").diagnostics.map(\.message).contains { $0.contains("display math `$$` is never closed") })
    #expect(parse("where $\\alpha is\n").diagnostics.map(\.message).contains { $0.contains("inline math `$` is never closed") })
  }

  @Test func mathInListsHeadingsAndQuotes() {
    let parsed = blocks("## About $x_i$\n\n- $a$\n\n> $b$\n")
    guard case .heading(let heading) = parsed[0] else { Issue.record("no heading"); return }
    #expect(heading.content == [.text("About "), .math("x_i", display: false)])
    #expect(parsed[1] == .list(List(start: nil, isTight: true, items: [[.paragraph([.math("a", display: false)])]])))
    #expect(parsed[2] == .blockQuote([.paragraph([.math("b", display: false)])]))
  }
}

@Suite struct BlockTests {
  @Test func everyCommonMarkConstructIsModelled() {
    let parsed = blocks(
      """
      # Title

      Some *em* **strong** `code` [link](https://example.org "t") ![alt](p.png)\\
      next

      1. one
      2. two

      ---

      <div>html</div>
      """)
    #expect(parsed.count == 5)
    #expect(parsed[0] == .heading(Heading(level: 1, content: [.text("Title")], location: SourceLocation(line: 7, column: 1))))
    #expect(
      parsed[1]
        == .paragraph([
          .text("Some "), .emphasis([.text("em")]), .text(" "), .strong([.text("strong")]), .text(" "),
          .code("code"), .text(" "), .link(destination: "https://example.org", title: "t", content: [.text("link")]),
          .text(" "), .image(source: "p.png", title: "", alt: [.text("alt")]), .lineBreak, .text("next"),
        ]))
    #expect(parsed[2] == .list(List(start: 1, isTight: true, items: [[.paragraph([.text("one")])], [.paragraph([.text("two")])]])))
    #expect(parsed[3] == .thematicBreak)
    #expect(parsed[4] == .html("<div>html</div>"))
  }

  @Test func directivesAreRecognisedWithArgumentAndAttributes() {
    guard case .directive(let directive)? = blocks("```mistake no-max-shift points=2 label=\"a b\"\ncode\n```\n").first
    else {
      Issue.record("expected a directive")
      return
    }
    #expect(directive.kind == .mistake)
    #expect(directive.argument == "no-max-shift")
    #expect(directive.attribute("points") == "2")
    #expect(directive.attribute("label") == "a b")
    #expect(directive.body == "code\n")
  }

  @Test func unknownBlockKindsAreReportedButKept() {
    let result = parse("```plto\nx\n```\n")
    #expect(result.diagnostics.map(\.message).contains { $0.hasPrefix("unknown block kind `plto`") })
    #expect(result.lesson.blocks.count == 1)
  }

  @Test func directivesMustStandAtTheTopLevel() {
    let result = parse("- item\n\n  ```hint\n  a hint\n  ```\n")
    #expect(result.diagnostics.map(\.message).contains { $0.contains("must stand at the top level") })
  }

  @Test func headingAnchorsAreGitHubStyle() {
    #expect(Heading(level: 2, content: [.text("Why 1/√dₖ? "), .code("softmax")], location: .init(line: 1, column: 1)).anchor == "why-1dₖ-softmax")
  }
}

@Suite struct ExerciseDeclarationTests {
  @Test func exerciseBlocksGroupUnderTheirExercise() {
    let lesson = parse(
      """
      ```exercise relu
      title: ReLU
      ```
      ```starter
      s
      ```
      ```solution
      r
      ```
      ```checks
      c
      ```
      ```mistake leaky message="Leaky"
      m
      ```
      ```hint
      h1
      ```
      ```hint
      h2
      ```
      """)
    #expect(lesson.diagnostics.isEmpty)
    let exercise = lesson.lesson.exercises[0]
    #expect(exercise.id == "relu" && exercise.title == "ReLU")
    #expect(exercise.starter?.body == "s\n" && exercise.solution?.body == "r\n" && exercise.checks?.body == "c\n")
    #expect(exercise.mistakes.map(\.argument) == ["leaky"])
    #expect(exercise.hints.map(\.body) == ["h1\n", "h2\n"])
  }

  @Test func malformedExercisesAreReported() {
    let messages = parse(
      """
      ```starter
      s
      ```
      ```exercise
      ```
      ```exercise Bad
      title x
      ```
      ```mistake
      ```
      """
    ).diagnostics.map(\.message)
    #expect(messages.contains { $0.contains("comes before any ```exercise block") })
    #expect(messages.contains { $0.contains("`exercise` needs an id") })
    #expect(messages.contains { $0.contains("exercise id `Bad` must be lower-case") })
    #expect(messages.contains { $0.contains("line `title x` in the ```exercise block is not `key: value`") })
    #expect(messages.contains { $0.contains("`mistake` needs a name") })
    #expect(messages.contains { $0.contains("exercise `Bad` has no ```solution block") })
  }
}

@Suite struct UnclosedMathAfterCurrencyTests {
  @Test func anUnclosedFormulaAfterACurrencySignIsStillReported() {
    let messages = parse("It costs $5, and $x^2 is never closed.\n").diagnostics.map(\.message)
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("inline math `$` is never closed") == true)
  }

  @Test func emptyFormulasAreReported() {
    #expect(parse("$$ $$\n").diagnostics.map(\.message) == ["empty display math; write the formula between the dollars"])
  }
}

@Suite struct FormulaLintTests {
  @Test func texProblemsAreReportedAtTheFormula() {
    let result = parse("Text $\\frac{a}$ here.\n")
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location == SourceLocation(line: 7, column: 6))
    #expect(result.diagnostics.first?.message.hasPrefix("in the formula `\\frac{a}`:") == true)
  }
}

@Suite struct BrokenFenceTests {
  @Test func aBacktickInAPrimerFenceIsReported() {
    let result = parse("```exercise e\ntitle: E\n```\n```mistake m message=\"use `max`\"\nx\n```\n")
    #expect(result.diagnostics.map(\.message).contains { $0.hasPrefix("the ```mistake line holds a backtick") })
    #expect(result.diagnostics.first { $0.message.hasPrefix("the ```mistake") }?.location.line == 10)
  }

  @Test func aMistakeNeedsAMessage() {
    let result = parse("```exercise e\ntitle: E\n```\n```mistake m\nx\n```\n")
    #expect(result.diagnostics.map(\.message).contains { $0.hasPrefix("mistake `m` has no message") })
  }
}
