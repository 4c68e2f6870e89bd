/// The TeX commands `TeXParser` knows, by what they become in a `MathNode` tree.
///
/// Names follow LaTeX and amsmath (the LaTeX Companion, ch. 8); the Unicode characters are
/// those MathML uses for the same symbols.
enum TeXSymbols {
  /// Letters: Greek and a few letter-like symbols, parsed as `.identifier`.
  static let letters: [String: String] = [
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ",
    "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ",
    "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
    "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    "partial": "∂", "nabla": "∇", "infty": "∞", "ell": "ℓ", "hbar": "ℏ", "emptyset": "∅",
    "varnothing": "∅", "top": "⊤", "intercal": "⊺", "bot": "⊥", "aleph": "ℵ", "Re": "ℜ", "Im": "ℑ",
    "imath": "ı", "jmath": "ȷ", "wp": "℘", "prime": "′", "dagger": "†", "star": "⋆",
    "forall": "∀", "exists": "∃", "nexists": "∄", "neg": "¬", "lnot": "¬", "angle": "∠",
    "triangle": "△", "Box": "□", "checkmark": "✓",
  ]

  /// Operators, relations, arrows and delimiters, parsed as `.operator`.
  static let operators: [String: String] = [
    "cdot": "·", "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "ominus": "⊖", "times": "×",
    "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "circ": "∘", "bullet": "∙", "setminus": "∖",
    "cup": "∪", "cap": "∩", "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨",
    "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃",
    "supseteq": "⊇", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠",
    "approx": "≈", "sim": "∼", "simeq": "≃", "cong": "≅", "equiv": "≡", "propto": "∝",
    "ll": "≪", "gg": "≫", "coloneqq": "≔", "triangleq": "≜", "perp": "⊥", "parallel": "∥",
    "mid": "|", "nmid": "∤", "vert": "|", "Vert": "‖", "lvert": "|", "rvert": "|",
    "lVert": "‖", "rVert": "‖", "|": "‖", "colon": ":",
    "leftarrow": "←", "gets": "←", "rightarrow": "→", "to": "→", "Leftarrow": "⇐",
    "Rightarrow": "⇒", "implies": "⇒", "iff": "⇔", "Leftrightarrow": "⇔",
    "leftrightarrow": "↔", "mapsto": "↦", "longrightarrow": "⟶", "longleftarrow": "⟵",
    "longmapsto": "⟼", "uparrow": "↑", "downarrow": "↓", "hookrightarrow": "↪",
    "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
    "lbrace": "{", "rbrace": "}", "{": "{", "}": "}", "lbrack": "[", "rbrack": "]",
    "ldots": "…", "dots": "…", "dotsc": "…", "dotsb": "⋯", "cdots": "⋯", "vdots": "⋮",
    "ddots": "⋱", "%": "%", "$": "$", "&": "&", "#": "#", "_": "_", "backslash": "∖",
    "S": "§", "P": "¶", "vdash": "⊢", "models": "⊨", "therefore": "∴", "because": "∵",
    "oslash": "⊘", "wr": "≀", "amalg": "⨿", "sqcup": "⊔", "sqcap": "⊓", "uplus": "⊎",
  ]

  /// Functions written upright (`\log x`), parsed as `.function`.
  static let functions: Set<String> = [
    "log", "ln", "lg", "exp", "max", "min", "sup", "inf", "lim", "liminf", "limsup", "sin",
    "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
    "coth", "arg", "argmax", "argmin", "det", "dim", "ker", "deg", "gcd", "hom", "Pr", "tr",
    "diag", "sgn", "softmax",
  ]

  /// Large operators that take limits (`\sum_{i=1}^{n}`), parsed as `.largeOperator`.
  static let largeOperators: [String: String] = [
    "sum": "Σ", "prod": "∏", "coprod": "∐", "int": "∫", "iint": "∬", "iiint": "∭",
    "oint": "∮", "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂",
    "bigodot": "⨀", "bigvee": "⋁", "bigwedge": "⋀", "bigsqcup": "⨆",
  ]

  /// Accent commands and the accent they put over their argument.
  static let accents: [String: MathNode.Accent] = [
    "hat": .hat, "widehat": .hat, "bar": .bar, "overline": .overline, "tilde": .tilde,
    "widetilde": .tilde, "dot": .dot, "ddot": .ddot, "vec": .vec, "overrightarrow": .vec,
    "check": .check, "breve": .breve, "acute": .acute, "grave": .grave,
  ]

  /// Letter-style commands and the variant they select.
  static let variants: [String: MathNode.Variant] = [
    "mathbf": .bold, "boldsymbol": .bold, "bm": .bold, "mathrm": .upright, "mathit": .italic,
    "mathbb": .doubleStruck, "mathcal": .calligraphic, "mathscr": .calligraphic,
    "mathsf": .sansSerif, "mathtt": .monospace,
  ]

  /// Spacing commands and their width in ems (`\!` is negative).
  static let spaces: [String: Double] = [
    ",": 1.0 / 6, "thinspace": 1.0 / 6, ":": 2.0 / 9, ">": 2.0 / 9, "medspace": 2.0 / 9,
    ";": 5.0 / 18, "thickspace": 5.0 / 18, " ": 1.0 / 3, "enspace": 0.5, "quad": 1,
    "qquad": 2, "!": -1.0 / 6, "negthinspace": -1.0 / 6,
  ]

  /// Commands that change only sizes or TeX's layout; a terminal or MathML ignores them.
  static let ignored: Set<String> = [
    "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits",
    "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl",
    "Biggr", "bigm", "Bigm", "middle", "mathstrut", "strut", "nonumber", "notag",
    "allowbreak", "nobreak",
  ]

  /// Commands whose argument is prose (`\text{if }`), kept verbatim as `.text`.
  static let textCommands: Set<String> = [
    "text", "textrm", "textit", "textbf", "textsf", "texttt", "mbox", "textnormal", "hbox",
  ]
}

extension TeXSymbols {
  /// What a command of the tables above stands for.
  enum Command: Equatable {
    case letter(String)
    case `operator`(String)
    case function
    case largeOperator(String)
    case accent(MathNode.Accent)
    case variant(MathNode.Variant)
    case space(Double)
    case ignored
    case text
  }

  /// Every command of the tables above, with the first table that has it in the order
  /// `letters`, `operators`, `functions`, `largeOperators`, `accents`, `variants`, `spaces`,
  /// `ignored`, `textCommands`: one look-up per command instead of one per table.
  static let commands: [String: Command] = {
    var commands: [String: Command] = Dictionary(minimumCapacity: 400)
    func add(_ name: String, _ command: Command) {
      if commands[name] == nil { commands[name] = command }
    }
    for (name, letter) in letters { add(name, .letter(letter)) }
    for (name, symbol) in operators { add(name, .operator(symbol)) }
    for name in functions { add(name, .function) }
    for (name, symbol) in largeOperators { add(name, .largeOperator(symbol)) }
    for (name, accent) in accents { add(name, .accent(accent)) }
    for (name, variant) in variants { add(name, .variant(variant)) }
    for (name, width) in spaces { add(name, .space(width)) }
    for name in ignored { add(name, .ignored) }
    for name in textCommands { add(name, .text) }
    return commands
  }()
}
