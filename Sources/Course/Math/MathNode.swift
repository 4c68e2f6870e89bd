/// A formula as a tree, read from TeX by `TeXParser`.
///
/// The tree keeps what a reader sees, not how TeX lays it out: the terminal renderer turns it
/// into Unicode (`softmax(QKᵀ/√dₖ)V`) and the HTML exporter into MathML, so each case maps onto
/// one MathML element (`mi`, `mn`, `mo`, `mtext`, `mfrac`, `msqrt`/`mroot`, `msubsup`,
/// `munderover`, `mover`, `mtable`, `mspace`).
///
/// Only the cases that hold a node are `indirect`: a leaf (a letter, a number, an operator)
/// is stored in place, not in a box of its own, so reading a formula allocates once per
/// nested node rather than once per character.
public enum MathNode: Hashable, Sendable {
  /// A variable or symbol name: `x`, `θ`, `ℝ` (MathML `mi`). One letter per node.
  case identifier(String)
  /// Digits, with an optional decimal point: `3.14` (MathML `mn`).
  case number(String)
  /// An operator, relation, delimiter or punctuation: `+`, `=`, `∈`, `(`, `,` (MathML `mo`).
  case `operator`(String)
  /// A named function written upright: `log`, `exp`, `max`, `softmax` (MathML `mi` upright).
  case function(String)
  /// Upright prose inside a formula: `\text{if }` (MathML `mtext`).
  case text(String)
  /// A sequence read left to right (MathML `mrow`).
  case row([MathNode])
  /// `\frac{numerator}{denominator}` (MathML `mfrac`).
  indirect case fraction(numerator: MathNode, denominator: MathNode)
  /// `\sqrt{radicand}` or, with an index, `\sqrt[index]{radicand}` (MathML `msqrt`, `mroot`).
  indirect case root(radicand: MathNode, index: MathNode?)
  /// A base with a subscript, a superscript or both: `x_i`, `x^2`, `x_i^2` (MathML `msubsup`).
  indirect case scripts(base: MathNode, subscript: MathNode?, superscript: MathNode?)
  /// A large operator with limits: `\sum_{i=1}^{n}`, `\prod_i` (MathML `munderover`).
  indirect case largeOperator(symbol: String, lower: MathNode?, upper: MathNode?)
  /// Stretchy delimiters around a body: `\left( … \right)`; an empty string is an invisible
  /// delimiter (`\left.`).
  indirect case fenced(open: String, body: MathNode, close: String)
  /// An accent over its base: `\hat{y}`, `\bar{x}`, `\vec{v}` (MathML `mover`).
  indirect case accent(MathNode, Accent)
  /// A change of letter style: `\mathbf{x}`, `\mathbb{R}`, `\mathcal{L}`.
  indirect case styled(MathNode, Variant)
  /// A matrix or aligned rows: `\begin{bmatrix} a & b \\ c & d \end{bmatrix}` (MathML `mtable`).
  case table(rows: [[MathNode]], environment: Environment)
  /// Horizontal space in ems: `\,` is 1/6, `\quad` is 1 (MathML `mspace`).
  case space(Double)
  /// A command the parser does not know, kept by name so renderers can show it (`\foo` → `foo`).
  case unknown(String)

  /// An accent placed over a base.
  public enum Accent: String, Hashable, Sendable, CaseIterable {
    case hat, bar, tilde, dot, ddot, vec, overline, check, breve, acute, grave
  }

  /// A letter style.
  public enum Variant: String, Hashable, Sendable, CaseIterable {
    /// `\mathbf`, `\boldsymbol`, `\bm`.
    case bold
    /// `\mathrm`, `\operatorname` content.
    case upright
    /// `\mathit`.
    case italic
    /// `\mathbb`: `ℝ`, `ℕ`.
    case doubleStruck
    /// `\mathcal`: `ℒ`.
    case calligraphic
    /// `\mathsf`.
    case sansSerif
    /// `\mathtt`.
    case monospace
  }

  /// A `\begin{…}` environment: which delimiters a table has and how it is laid out.
  public enum Environment: String, Hashable, Sendable, CaseIterable {
    case matrix, bmatrix, pmatrix, vmatrix, Bmatrix, Vmatrix, smallmatrix
    case cases, aligned, align, gathered, split, array

    /// The delimiters drawn around the table (`[`/`]` for `bmatrix`; empty for none).
    public var delimiters: (open: String, close: String) {
      switch self {
      case .bmatrix: ("[", "]")
      case .pmatrix: ("(", ")")
      case .vmatrix: ("|", "|")
      case .Bmatrix: ("{", "}")
      case .Vmatrix: ("‖", "‖")
      case .cases: ("{", "")
      case .matrix, .smallmatrix, .aligned, .align, .gathered, .split, .array: ("", "")
      }
    }

    /// Whether rows are lines of a derivation (`aligned`) rather than rows of a matrix.
    public var isAlignment: Bool {
      switch self {
      case .aligned, .align, .gathered, .split: true
      default: false
      }
    }
  }
}
