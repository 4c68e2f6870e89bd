import Course
import PrimerKit
import Testing

@Suite struct MathTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var tex: String
    var node: MathNode
    var testDescription: String { tex }
  }

  static let trees: [Case] = [
    Case(tex: "x", node: .identifier("x")),
    Case(tex: "3.14", node: .number("3.14")),
    Case(tex: "a+b", node: .row([.identifier("a"), .operator("+"), .identifier("b")])),
    Case(tex: "a - b", node: .row([.identifier("a"), .operator("−"), .identifier("b")])),
    Case(
      tex: "x_i",
      node: .scripts(base: .identifier("x"), subscript: .identifier("i"), superscript: nil)),
    Case(
      tex: "x_i^2",
      node: .scripts(base: .identifier("x"), subscript: .identifier("i"), superscript: .number("2"))
    ),
    Case(
      tex: "x^{10}",
      node: .scripts(base: .identifier("x"), subscript: nil, superscript: .number("10"))),
    Case(
      tex: "K^\\top",
      node: .scripts(base: .identifier("K"), subscript: nil, superscript: .identifier("⊤"))),
    Case(
      tex: "f'", node: .scripts(base: .identifier("f"), subscript: nil, superscript: .operator("′"))
    ),
    Case(
      tex: "\\frac{a}{b}",
      node: .fraction(numerator: .identifier("a"), denominator: .identifier("b"))),
    Case(tex: "\\frac12", node: .fraction(numerator: .number("1"), denominator: .number("2"))),
    Case(
      tex: "\\sqrt{d_k}",
      node: .root(
        radicand: .scripts(base: .identifier("d"), subscript: .identifier("k"), superscript: nil),
        index: nil)),
    Case(tex: "\\sqrt[3]{x}", node: .root(radicand: .identifier("x"), index: .number("3"))),
    Case(
      tex: "\\sum_{i=1}^{n}",
      node: .largeOperator(
        symbol: "Σ", lower: .row([.identifier("i"), .operator("="), .number("1")]),
        upper: .identifier("n"))),
    Case(tex: "\\prod_i", node: .largeOperator(symbol: "∏", lower: .identifier("i"), upper: nil)),
    Case(tex: "\\left( x \\right)", node: .fenced(open: "(", body: .identifier("x"), close: ")")),
    Case(tex: "\\left. x \\right|", node: .fenced(open: "", body: .identifier("x"), close: "|")),
    Case(
      tex: "\\left\\langle x \\right\\rangle",
      node: .fenced(open: "⟨", body: .identifier("x"), close: "⟩")),
    Case(tex: "\\eta", node: .identifier("η")),
    Case(tex: "\\Sigma", node: .identifier("Σ")),
    Case(tex: "\\mathbf{x}", node: .styled(.identifier("x"), .bold)),
    Case(tex: "\\mathbb{R}", node: .styled(.identifier("R"), .doubleStruck)),
    Case(tex: "\\mathcal L", node: .styled(.identifier("L"), .calligraphic)),
    Case(tex: "\\text{if } x", node: .row([.text("if "), .identifier("x")])),
    Case(tex: "\\operatorname{softmax}", node: .function("softmax")),
    Case(tex: "\\log x", node: .row([.function("log"), .identifier("x")])),
    Case(tex: "\\hat{y}", node: .accent(.identifier("y"), .hat)),
    Case(tex: "\\bar x", node: .accent(.identifier("x"), .bar)),
    Case(tex: "\\tilde{x}", node: .accent(.identifier("x"), .tilde)),
    Case(tex: "a \\cdot b", node: .row([.identifier("a"), .operator("·"), .identifier("b")])),
    Case(tex: "a \\odot b", node: .row([.identifier("a"), .operator("⊙"), .identifier("b")])),
    Case(tex: "\\partial L", node: .row([.identifier("∂"), .identifier("L")])),
    Case(tex: "\\nabla", node: .identifier("∇")),
    Case(tex: "x \\in X", node: .row([.identifier("x"), .operator("∈"), .identifier("X")])),
    Case(tex: "\\leftarrow", node: .operator("←")),
    Case(tex: "\\le", node: .operator("≤")),
    Case(tex: "\\approx", node: .operator("≈")),
    Case(tex: "\\infty", node: .identifier("∞")),
    Case(tex: "a\\,b", node: .row([.identifier("a"), .space(1.0 / 6), .identifier("b")])),
    Case(tex: "\\quad", node: .space(1)),
    Case(tex: "\\not=", node: .operator("≠")),
    Case(
      tex: "\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}",
      node: .table(
        rows: [[.number("1"), .number("2")], [.number("3"), .number("4")]], environment: .bmatrix)),
    Case(
      tex: "\\begin{pmatrix} a \\end{pmatrix}",
      node: .table(rows: [[.identifier("a")]], environment: .pmatrix)),
    Case(tex: "\\displaystyle x", node: .identifier("x")),
    Case(
      tex: "a = b \\\\ c = d \\\\",
      node: .table(
        rows: [
          [.row([.identifier("a"), .operator("="), .identifier("b")])],
          [.row([.identifier("c"), .operator("="), .identifier("d")])],
        ], environment: .gathered)),
    Case(
      tex: "\\max_j",
      node: .scripts(base: .function("max"), subscript: .identifier("j"), superscript: nil)),
  ]

  @Test(arguments: trees)
  func parsesTeXIntoTheExpectedTree(_ example: Case) {
    let result = TeXParser.parse(example.tex)
    #expect(result.node == example.node)
    #expect(result.problems.isEmpty, "\(result.problems)")
  }

  static let malformed: [(tex: String, problem: String)] = [
    ("\\foo", "unknown TeX command `\\foo`"),
    ("{x", "`{` is never closed"),
    ("x}", "unmatched `}`"),
    ("\\frac{a}", "`\\frac` needs an argument"),
    ("x^", "`^` needs an argument"),
    ("\\left( x", "`\\left` has no matching `\\right`"),
    ("x \\right)", "`\\right` without a `\\left`"),
    ("\\begin{bmatrix} 1", "has no `\\end{bmatrix}`"),
    ("\\begin{foo} 1 \\end{foo}", "unknown environment `foo`"),
    ("a & b", "`&` outside a matrix"),
    ("x_1_2", "double subscript"),
    ("x\\", "a lone `\\`"),
    ("\\text{abc", "`{` is never closed"),
    ("\\sqrt[3{x}", "`\\sqrt[` is never closed"),
  ]

  @Test(arguments: malformed)
  func reportsWhatIsMalformed(tex: String, problem: String) {
    let problems = TeXParser.problems(in: tex)
    #expect(problems.contains { $0.message.contains(problem) }, "\(problems)")
  }

  @Test func unknownCommandsKeepTheirName() {
    let result = TeXParser.parse("\\foo{x}")
    #expect(result.node == .row([.unknown("foo"), .identifier("x")]))
    #expect(result.problems.first?.offset == 0)
  }

  @Test func deepNestingIsCutOffNotACrash() {
    let tex = String(repeating: "{", count: 5000) + "x" + String(repeating: "}", count: 5000)
    let result = TeXParser.parse(tex)
    #expect(result.problems.contains { $0.message.contains("nests deeper") })
  }

  @Test func arbitraryBytesNeverCrash() {
    var generator = SplitMix64(seed: 7)
    let alphabet = Array("\\{}[]^_&$ab1 .\\frac\\left\\right\\begin{bmatrix}\\end\\sqrt'")
    for _ in 0..<500 {
      let length = Int(generator.next() % 40)
      let tex = String(
        (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
      _ = TeXParser.parse(tex)
    }
  }
}
