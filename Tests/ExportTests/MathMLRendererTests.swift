import Course
import Testing

@testable import Export

@Suite struct MathMLRendererTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var tex: String
    var mathML: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "identifier and number", tex: "x + 3.5",
      mathML: "<mrow><mi>x</mi><mo>+</mo><mn>3.5</mn></mrow>"),
    Case(
      name: "fraction", tex: "\\frac{a}{b}",
      mathML: "<mfrac><mi>a</mi><mi>b</mi></mfrac>"),
    Case(
      name: "square root", tex: "\\sqrt{d_k}",
      mathML: "<msqrt><msub><mi>d</mi><mi>k</mi></msub></msqrt>"),
    Case(
      name: "root with index", tex: "\\sqrt[3]{x}", mathML: "<mroot><mi>x</mi><mn>3</mn></mroot>"),
    Case(
      name: "subscript and superscript", tex: "x_i^2",
      mathML: "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"),
    Case(name: "superscript", tex: "e^{x}", mathML: "<msup><mi>e</mi><mi>x</mi></msup>"),
    Case(
      name: "sum with limits", tex: "\\sum_{i=1}^{n} x_i",
      mathML:
        "<mrow><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub></mrow>"
    ),
    Case(name: "Greek", tex: "\\alpha \\theta", mathML: "<mrow><mi>α</mi><mi>θ</mi></mrow>"),
    Case(
      name: "matrix", tex: "\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}",
      mathML:
        "<mrow><mo fence=\"true\" stretchy=\"true\">[</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo fence=\"true\" stretchy=\"true\">]</mo></mrow>"
    ),
    Case(name: "transpose", tex: "K^\\top", mathML: "<msup><mi>K</mi><mi>⊤</mi></msup>"),
    Case(
      name: "function upright", tex: "\\operatorname{softmax}(x)",
      mathML:
        "<mrow><mi>softmax</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>"
    ),
    Case(
      name: "stretchy brackets", tex: "\\left( x \\right)",
      mathML:
        "<mrow><mo fence=\"true\" stretchy=\"true\">(</mo><mi>x</mi><mo fence=\"true\" stretchy=\"true\">)</mo></mrow>"
    ),
    Case(
      name: "accent", tex: "\\hat{y}",
      mathML: "<mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">^</mo></mover>"),
    Case(name: "double-struck", tex: "\\mathbb{R}", mathML: "<mi>ℝ</mi>"),
    Case(name: "bold", tex: "\\mathbf{x}", mathML: "<mi>𝐱</mi>"),
    Case(name: "upright", tex: "\\mathrm{d}", mathML: "<mi mathvariant=\"normal\">d</mi>"),
    Case(name: "calligraphic", tex: "\\mathcal{L}", mathML: "<mi>ℒ</mi>"),
    Case(name: "text", tex: "\\text{if } x", mathML: "<mrow><mtext>if </mtext><mi>x</mi></mrow>"),
    Case(
      name: "space", tex: "a \\quad b",
      mathML: "<mrow><mi>a</mi><mspace width=\"1em\"></mspace><mi>b</mi></mrow>"),
    Case(
      name: "less-than is escaped", tex: "a < b",
      mathML: "<mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow>"),
    Case(
      name: "prime beside its base", tex: "f'(x)",
      mathML:
        "<mrow><mrow><mi>f</mi><mo lspace=\"0\" rspace=\"0\">′</mo></mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>"
    ),
    Case(
      name: "prime then a superscript", tex: "f'^2",
      mathML: "<msup><mrow><mi>f</mi><mo lspace=\"0\" rspace=\"0\">′</mo></mrow><mn>2</mn></msup>"),
    Case(
      name: "prefix minus after a bracket", tex: "\\tanh(-z)",
      mathML:
        "<mrow><mi>tanh</mi><mo stretchy=\"false\">(</mo><mo form=\"prefix\" lspace=\"0\" rspace=\"0\">−</mo><mi>z</mi><mo stretchy=\"false\">)</mo></mrow>"
    ),
    Case(
      name: "prefix minus after a relation, binary minus after an operand", tex: "z = -2 - x",
      mathML:
        "<mrow><mi>z</mi><mo>=</mo><mo form=\"prefix\" lspace=\"0\" rspace=\"0\">−</mo><mn>2</mn><mo>−</mo><mi>x</mi></mrow>"
    ),
    Case(
      name: "binary minus after a closing bracket", tex: "(a) - b",
      mathML:
        "<mrow><mo stretchy=\"false\">(</mo><mi>a</mi><mo stretchy=\"false\">)</mo><mo>−</mo><mi>b</mi></mrow>"
    ),
    Case(
      name: "tight slash", tex: "a/b",
      mathML:
        "<mrow><mi>a</mi><mo lspace=\"0\" rspace=\"0\" stretchy=\"false\">/</mo><mi>b</mi></mrow>"),
    Case(name: "unknown command", tex: "\\foo", mathML: "<merror><mtext>\\foo</mtext></merror>"),
  ]

  @Test(arguments: cases)
  func texBecomesMathML(_ example: Case) {
    #expect(MathMLRenderer.render(TeXParser.parse(example.tex).node) == example.mathML)
  }

  @Test func displayAndInlineWrappers() {
    #expect(
      MathMLRenderer.render(tex: "x", display: true)
        == "<math display=\"block\" alttext=\"x\"><mi>x</mi></math>")
    #expect(
      MathMLRenderer.render(tex: " x ", display: false) == "<math alttext=\"x\"><mi>x</mi></math>")
  }

  @Test func alttextIsEscaped() {
    let math = MathMLRenderer.render(tex: "\\text{\"><script>}", display: false)
    #expect(!math.contains("<script"))
    #expect(math.contains("alttext=\"\\text{&quot;&gt;&lt;script&gt;}\""))
  }
}
