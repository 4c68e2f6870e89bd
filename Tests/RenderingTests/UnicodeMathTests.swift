import Testing

@testable import Rendering

@Suite struct UnicodeMathTests {
  static let examples: [(tex: String, unicode: String)] = [
    ("\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V", "softmax(QKᵀ/√dₖ)V"),
    ("\\operatorname{softmax}(QK^T/\\sqrt{d_k})V", "softmax(QKᵀ/√dₖ)V"),
    ("\\frac{\\partial L}{\\partial w}", "∂L/∂w"),
    ("x_i", "xᵢ"),
    ("x^2", "x²"),
    ("\\sum_i", "Σᵢ"),
    ("\\eta", "η"),
    ("\\mathbb{R}^n", "ℝⁿ"),
    ("\\hat{y}", "ŷ"),
    ("\\bar{x}", "x̄"),
    ("\\tilde{x}", "x̃"),
    ("x_{i+1}", "xᵢ₊₁"),
    ("x^{-1}", "x⁻¹"),
    ("x_{ij}", "xᵢⱼ"),
    ("x_{i,j}", "x_(i,j)"),
    ("d_{model}", "d_(model)"),
    ("x_q", "x_q"),
    ("W^{(l)}", "W⁽ˡ⁾"),
    ("\\sum_{i=1}^{n} x_i", "Σᵢ₌₁ⁿ xᵢ"),
    ("\\prod_{t=1}^{T} p_t", "∏ₜ₌₁ᵀ pₜ"),
    ("\\frac{a+b}{c}", "(a + b)/c"),
    ("\\frac{1}{1 + e^{-x}}", "1/(1 + e⁻ˣ)"),
    ("\\frac{\\exp(x_i - m)}{Z}", "exp(xᵢ − m)/Z"),
    ("\\sqrt{x + 1}", "√(x + 1)"),
    ("\\sqrt[3]{x}", "∛x"),
    ("\\sqrt[n]{x}", "ⁿ√x"),
    ("w \\leftarrow w - \\eta \\nabla L", "w ← w − η∇L"),
    ("a \\cdot b", "a · b"),
    ("a \\odot b", "a ⊙ b"),
    ("x \\in \\mathbb{R}^{d}", "x ∈ ℝᵈ"),
    ("a \\le b \\approx c", "a ≤ b ≈ c"),
    ("-x", "−x"),
    ("a = -b", "a = −b"),
    ("\\log x", "log x"),
    ("\\exp(x)", "exp(x)"),
    ("\\max_j x_j", "maxⱼ xⱼ"),
    ("f(x, y)", "f(x, y)"),
    ("\\infty", "∞"),
    ("\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}", "[1, 2; 3, 4]"),
    ("\\text{if } x > 0", "if x > 0"),
    ("a \\quad b", "a  b"),
    ("a\\,b", "a b"),
    ("\\mathcal{L}", "ℒ"),
    ("\\mathbf{W}x", "Wx"),
    ("\\foo{x}", "foo x"),
    ("p(x \\mid y)", "p(x | y)"),
    ("\\hat{\\theta}", "θ̂"),
    ("\\overline{ab}", "a̅b̅"),
    ("\\hat{ab}", "hat(ab)"),
    ("f'(x)", "f′(x)"),
    ("\\sum\\limits_{i=1}^n x_i", "Σᵢ₌₁ⁿ xᵢ"),
    ("W^\\intercal", "Wᵀ"),
    ("e^{x_i}", "e^(xᵢ)"),
    ("\\frac{1}{\\sqrt{d_k}}", "1/√dₖ"),
    ("", ""),
  ]

  @Test(arguments: examples)
  func rendersTeXAsUnicode(tex: String, unicode: String) {
    #expect(UnicodeMath.render(tex: tex) == unicode)
  }

  @Test func alignedRowsBecomeLines() {
    let lines = UnicodeMath.renderLines(tex: "\\begin{aligned} a &= b + c \\\\ &= d \\end{aligned}")
    #expect(lines == ["a = b + c", " = d"])
  }

  @Test func lineBreaksOutsideAnEnvironmentBecomeLines() {
    #expect(UnicodeMath.renderLines(tex: "x = 1 \\\\ y = 22") == ["x = 1", "y = 22"])
  }

  @Test(arguments: [
    "\\frac{", "{{{", "}}}", "\\left(", "\\begin{bmatrix}", "x^", "_", "\\", "\\sqrt[", "a&b\\\\c",
  ])
  func malformedTeXStillRenders(tex: String) {
    _ = UnicodeMath.render(tex: tex)
    _ = UnicodeMath.renderLines(tex: tex)
  }
}

@Suite struct MatrixLayoutTests {
  @Test func displayedMatricesGetTallBrackets() {
    let lines = UnicodeMath.renderLines(
      tex: "W = \\begin{bmatrix} 0.5 & -1 \\\\ -1 & 0.5 \\\\ 0.25 & 0.5 \\end{bmatrix}")
    #expect(lines == ["    ⎡ 0.5   −1⎤", "W = ⎢  −1  0.5⎥", "    ⎣0.25  0.5⎦"])
  }

  @Test func casesHaveABraceOnTheLeft() {
    let lines = UnicodeMath.renderLines(
      tex: "f(x) = \\begin{cases} x & \\text{if } x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}")
    #expect(lines == ["f(x) = ⎧ x   if x > 0", "       ⎩ 0   otherwise"])
  }

  @Test func oneRowMatricesStayOnOneLine() {
    #expect(
      UnicodeMath.renderLines(tex: "b = \\begin{bmatrix} 1 & 2 \\end{bmatrix}") == ["b = [1, 2]"])
  }
}
