/// The TeX commands `TeXParser` knows, by what they become in a `MathNode` tree.
///
/// Names follow LaTeX and amsmath (the LaTeX Companion, ch. 8); the Unicode characters are
/// those MathML uses for the same symbols.
enum TeXSymbols {
  /// Letters: Greek and a few letter-like symbols, parsed as `.identifier`.
  static let letters: KeyValuePairs<String, Command> = [
    "alpha": .letter("α"), "beta": .letter("β"), "gamma": .letter("γ"), "delta": .letter("δ"),
    "epsilon": .letter("ϵ"), "varepsilon": .letter("ε"),
    "zeta": .letter("ζ"), "eta": .letter("η"), "theta": .letter("θ"), "vartheta": .letter("ϑ"),
    "iota": .letter("ι"), "kappa": .letter("κ"),
    "lambda": .letter("λ"), "mu": .letter("μ"), "nu": .letter("ν"), "xi": .letter("ξ"),
    "omicron": .letter("ο"), "pi": .letter("π"), "varpi": .letter("ϖ"),
    "rho": .letter("ρ"), "varrho": .letter("ϱ"), "sigma": .letter("σ"), "varsigma": .letter("ς"),
    "tau": .letter("τ"), "upsilon": .letter("υ"),
    "phi": .letter("ϕ"), "varphi": .letter("φ"), "chi": .letter("χ"), "psi": .letter("ψ"),
    "omega": .letter("ω"),
    "Gamma": .letter("Γ"), "Delta": .letter("Δ"), "Theta": .letter("Θ"), "Lambda": .letter("Λ"),
    "Xi": .letter("Ξ"), "Pi": .letter("Π"),
    "Sigma": .letter("Σ"), "Upsilon": .letter("Υ"), "Phi": .letter("Φ"), "Psi": .letter("Ψ"),
    "Omega": .letter("Ω"),
    "partial": .letter("∂"), "nabla": .letter("∇"), "infty": .letter("∞"), "ell": .letter("ℓ"),
    "hbar": .letter("ℏ"), "emptyset": .letter("∅"),
    "varnothing": .letter("∅"), "top": .letter("⊤"), "intercal": .letter("⊺"), "bot": .letter("⊥"),
    "aleph": .letter("ℵ"), "Re": .letter("ℜ"), "Im": .letter("ℑ"),
    "imath": .letter("ı"), "jmath": .letter("ȷ"), "wp": .letter("℘"), "prime": .letter("′"),
    "dagger": .letter("†"), "star": .letter("⋆"),
    "forall": .letter("∀"), "exists": .letter("∃"), "nexists": .letter("∄"), "neg": .letter("¬"),
    "lnot": .letter("¬"), "angle": .letter("∠"),
    "triangle": .letter("△"), "Box": .letter("□"), "checkmark": .letter("✓"),
  ]

  /// Operators, relations, arrows and delimiters, parsed as `.operator`.
  static let operators: KeyValuePairs<String, Command> = [
    "cdot": .operator("·"), "odot": .operator("⊙"), "otimes": .operator("⊗"),
    "oplus": .operator("⊕"), "ominus": .operator("⊖"), "times": .operator("×"),
    "div": .operator("÷"), "pm": .operator("±"), "mp": .operator("∓"), "ast": .operator("∗"),
    "circ": .operator("∘"), "bullet": .operator("∙"), "setminus": .operator("∖"),
    "cup": .operator("∪"), "cap": .operator("∩"), "wedge": .operator("∧"), "land": .operator("∧"),
    "vee": .operator("∨"), "lor": .operator("∨"),
    "in": .operator("∈"), "notin": .operator("∉"), "ni": .operator("∋"), "subset": .operator("⊂"),
    "subseteq": .operator("⊆"), "supset": .operator("⊃"),
    "supseteq": .operator("⊇"), "le": .operator("≤"), "leq": .operator("≤"), "ge": .operator("≥"),
    "geq": .operator("≥"), "ne": .operator("≠"), "neq": .operator("≠"),
    "approx": .operator("≈"), "sim": .operator("∼"), "simeq": .operator("≃"),
    "cong": .operator("≅"), "equiv": .operator("≡"), "propto": .operator("∝"),
    "ll": .operator("≪"), "gg": .operator("≫"), "coloneqq": .operator("≔"),
    "triangleq": .operator("≜"), "perp": .operator("⊥"), "parallel": .operator("∥"),
    "mid": .operator("|"), "nmid": .operator("∤"), "vert": .operator("|"), "Vert": .operator("‖"),
    "lvert": .operator("|"), "rvert": .operator("|"),
    "lVert": .operator("‖"), "rVert": .operator("‖"), "|": .operator("‖"), "colon": .operator(":"),
    "leftarrow": .operator("←"), "gets": .operator("←"), "rightarrow": .operator("→"),
    "to": .operator("→"), "Leftarrow": .operator("⇐"),
    "Rightarrow": .operator("⇒"), "implies": .operator("⇒"), "iff": .operator("⇔"),
    "Leftrightarrow": .operator("⇔"),
    "leftrightarrow": .operator("↔"), "mapsto": .operator("↦"), "longrightarrow": .operator("⟶"),
    "longleftarrow": .operator("⟵"),
    "longmapsto": .operator("⟼"), "uparrow": .operator("↑"), "downarrow": .operator("↓"),
    "hookrightarrow": .operator("↪"),
    "langle": .operator("⟨"), "rangle": .operator("⟩"), "lfloor": .operator("⌊"),
    "rfloor": .operator("⌋"), "lceil": .operator("⌈"), "rceil": .operator("⌉"),
    "lbrace": .operator("{"), "rbrace": .operator("}"), "{": .operator("{"), "}": .operator("}"),
    "lbrack": .operator("["), "rbrack": .operator("]"),
    "ldots": .operator("…"), "dots": .operator("…"), "dotsc": .operator("…"),
    "dotsb": .operator("⋯"), "cdots": .operator("⋯"), "vdots": .operator("⋮"),
    "ddots": .operator("⋱"), "%": .operator("%"), "$": .operator("$"), "&": .operator("&"),
    "#": .operator("#"), "_": .operator("_"), "backslash": .operator("∖"),
    "S": .operator("§"), "P": .operator("¶"), "vdash": .operator("⊢"), "models": .operator("⊨"),
    "therefore": .operator("∴"), "because": .operator("∵"),
    "oslash": .operator("⊘"), "wr": .operator("≀"), "amalg": .operator("⨿"),
    "sqcup": .operator("⊔"), "sqcap": .operator("⊓"), "uplus": .operator("⊎"),
  ]

  /// Functions written upright (`\log x`), parsed as `.function`.
  static let functions: KeyValuePairs<String, Command> = [
    "log": .function, "ln": .function, "lg": .function, "exp": .function, "max": .function,
    "min": .function, "sup": .function, "inf": .function, "lim": .function, "liminf": .function,
    "limsup": .function, "sin": .function,
    "cos": .function, "tan": .function, "cot": .function, "sec": .function, "csc": .function,
    "arcsin": .function, "arccos": .function, "arctan": .function, "sinh": .function,
    "cosh": .function, "tanh": .function,
    "coth": .function, "arg": .function, "argmax": .function, "argmin": .function, "det": .function,
    "dim": .function, "ker": .function, "deg": .function, "gcd": .function, "hom": .function,
    "Pr": .function, "tr": .function,
    "diag": .function, "sgn": .function, "softmax": .function,
  ]

  /// Large operators that take limits (`\sum_{i=1}^{n}`), parsed as `.largeOperator`.
  static let largeOperators: KeyValuePairs<String, Command> = [
    "sum": .largeOperator("Σ"), "prod": .largeOperator("∏"), "coprod": .largeOperator("∐"),
    "int": .largeOperator("∫"), "iint": .largeOperator("∬"), "iiint": .largeOperator("∭"),
    "oint": .largeOperator("∮"), "bigcup": .largeOperator("⋃"), "bigcap": .largeOperator("⋂"),
    "bigoplus": .largeOperator("⨁"), "bigotimes": .largeOperator("⨂"),
    "bigodot": .largeOperator("⨀"), "bigvee": .largeOperator("⋁"), "bigwedge": .largeOperator("⋀"),
    "bigsqcup": .largeOperator("⨆"),
  ]

  /// Accent commands and the accent they put over their argument.
  static let accents: KeyValuePairs<String, Command> = [
    "hat": .accent(.hat), "widehat": .accent(.hat), "bar": .accent(.bar),
    "overline": .accent(.overline), "tilde": .accent(.tilde),
    "widetilde": .accent(.tilde), "dot": .accent(.dot), "ddot": .accent(.ddot),
    "vec": .accent(.vec), "overrightarrow": .accent(.vec),
    "check": .accent(.check), "breve": .accent(.breve), "acute": .accent(.acute),
    "grave": .accent(.grave),
  ]

  /// Letter-style commands and the variant they select.
  static let variants: KeyValuePairs<String, Command> = [
    "mathbf": .variant(.bold), "boldsymbol": .variant(.bold), "bm": .variant(.bold),
    "mathrm": .variant(.upright), "mathit": .variant(.italic),
    "mathbb": .variant(.doubleStruck), "mathcal": .variant(.calligraphic),
    "mathscr": .variant(.calligraphic),
    "mathsf": .variant(.sansSerif), "mathtt": .variant(.monospace),
  ]

  /// Spacing commands and their width in ems (`\!` is negative).
  static let spaces: KeyValuePairs<String, Command> = [
    ",": .space(1.0 / 6), "thinspace": .space(1.0 / 6), ":": .space(2.0 / 9), ">": .space(2.0 / 9),
    "medspace": .space(2.0 / 9),
    ";": .space(5.0 / 18), "thickspace": .space(5.0 / 18), " ": .space(1.0 / 3),
    "enspace": .space(0.5), "quad": .space(1),
    "qquad": .space(2), "!": .space(-1.0 / 6), "negthinspace": .space(-1.0 / 6),
  ]

  /// Commands that change only sizes or TeX's layout; a terminal or MathML ignores them.
  static let ignored: KeyValuePairs<String, Command> = [
    "displaystyle": .ignored, "textstyle": .ignored, "scriptstyle": .ignored,
    "scriptscriptstyle": .ignored, "limits": .ignored, "nolimits": .ignored,
    "big": .ignored, "Big": .ignored, "bigg": .ignored, "Bigg": .ignored, "bigl": .ignored,
    "bigr": .ignored, "Bigl": .ignored, "Bigr": .ignored, "biggl": .ignored, "biggr": .ignored,
    "Biggl": .ignored,
    "Biggr": .ignored, "bigm": .ignored, "Bigm": .ignored, "middle": .ignored,
    "mathstrut": .ignored, "strut": .ignored, "nonumber": .ignored, "notag": .ignored,
    "allowbreak": .ignored, "nobreak": .ignored,
  ]

  /// Commands whose argument is prose (`\text{if }`), kept verbatim as `.text`.
  static let textCommands: KeyValuePairs<String, Command> = [
    "text": .text, "textrm": .text, "textit": .text, "textbf": .text, "textsf": .text,
    "texttt": .text, "mbox": .text, "textnormal": .text, "hbox": .text,
  ]
}

extension TeXSymbols {
  /// What a command stands for.
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

  /// Every command of the tables above, by name (no name is in two tables).
  static let commands: [String: Command] = {
    var commands: [String: Command] = [:]
    for table in tables {
      for (name, command) in table where commands[name] == nil { commands[name] = command }
    }
    return commands
  }()

  /// The tables, in the order `commands` reads them.
  static var tables: [KeyValuePairs<String, Command>] {
    [
      letters, operators, functions, largeOperators, accents, variants, spaces, ignored,
      textCommands,
    ]
  }
}
