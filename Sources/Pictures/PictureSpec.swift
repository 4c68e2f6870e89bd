import Course

/// What a `plot` block asks for: the kind of picture and its settings, validated.
///
/// A plot block's body is `key: value` lines (see `Docs/lesson-format.md`):
///
/// ````markdown
/// ```plot
/// kind: softmax
/// title: Softmax at three temperatures
/// logits: 2.0, 1.0, 0.1, -1
/// temperatures: 1, 0.5, 2
/// ```
/// ````
///
/// `kind:` may be left out when the block's argument is a kind (```` ```plot softmax ````).
/// Every key has a documented default except `title:` and the ones that say what to draw
/// (`functions:`, `logits:`, `task:`, `tokens:`, `schedule:`, `steps:` and `peak:` of a
/// schedule, `text:` of a tokenization). Bounds keep every picture quick to compute and drawable in a terminal.
public struct PictureSpec: Hashable, Sendable {
  /// The kinds of picture, by the name written after `kind:`.
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    case functions
    case softmax
    case training
    case attention
    case positionalEncoding = "positional-encoding"
    case learningRate = "learning-rate"
    case tokenization

    /// The keys a plot of this kind reads, the common ones first.
    public var keys: [String] {
      let common = ["kind", "title", "caption"]
      switch self {
      case .functions: return common + ["functions", "range", "y-range"]
      case .softmax: return common + ["logits", "temperatures", "top-p", "labels"]
      case .training:
        return common + [
          "task", "optimizers", "steps", "learning-rate", "hidden", "seed", "y-scale",
        ]
      case .attention: return common + ["tokens", "causal", "seed", "d-model"]
      case .positionalEncoding: return common + ["length", "d-model"]
      case .learningRate: return common + ["schedule", "steps", "peak", "warmup", "minimum"]
      case .tokenization: return common + ["text", "merges"]
      }
    }
  }

  /// Activation functions (or their derivatives) over a range of inputs.
  public struct Functions: Hashable, Sendable {
    public var curves: [FunctionCurve]
    /// `range: from to`, default `-4 4`.
    public var xRange: ClosedRange<Double>
    /// `y-range: from to`; when absent the curves' own range, rounded out.
    public var yRange: ClosedRange<Double>?
  }

  /// Softmax probabilities of some logits, one group of bars per temperature.
  public struct Softmax: Hashable, Sendable {
    public var logits: [Double]
    /// Default `[1]`.
    public var temperatures: [Double]
    /// Nucleus sampling's masses, one group of bars each after the temperatures'; default none.
    public var topP: [Double] = []
    /// One per logit; default `x₁, x₂, …`.
    public var labels: [String]
  }

  /// The loss of a small MLP during training, one curve per optimizer.
  public struct Training: Hashable, Sendable {
    public var task: TrainingTask
    /// Default `[sgd, adam]`.
    public var optimizers: [OptimizerKind]
    /// Default 300.
    public var steps: Int
    /// Shared by every optimizer when given; otherwise each uses its own default.
    public var learningRate: Double?
    /// Hidden units, default 8.
    public var hidden: Int
    /// Default 1.
    public var seed: UInt64
    /// `y-scale: linear | log`, default linear.
    public var yScale: Axis.Scale
  }

  /// Self-attention weights over a sentence of random embeddings plus positions.
  public struct Attention: Hashable, Sendable {
    public var tokens: [String]
    /// Default false.
    public var causal: Bool
    /// Default 7.
    public var seed: UInt64
    /// Default 16.
    public var dModel: Int
  }

  /// The sinusoidal positional encoding, positions × dimensions.
  public struct PositionalEncoding: Hashable, Sendable {
    /// Default 32.
    public var length: Int
    /// Default 32.
    public var dModel: Int
  }

  /// A learning-rate schedule over the steps of a training run.
  public struct LearningRate: Hashable, Sendable {
    public var schedule: LearningRateSchedule
  }

  /// The length of a text, in tokens, as byte-pair merges are learned from it.
  public struct Tokenization: Hashable, Sendable {
    /// The training text, 2 to 4000 bytes of UTF-8.
    public var text: String
    /// The merges to learn, 1 to 500; default 50.
    public var merges: Int
  }

  public enum Content: Hashable, Sendable {
    case functions(Functions)
    case softmax(Softmax)
    case training(Training)
    case attention(Attention)
    case positionalEncoding(PositionalEncoding)
    case learningRate(LearningRate)
    case tokenization(Tokenization)
  }

  public var title: String
  /// One sentence shown under the picture.
  public var caption: String?
  public var content: Content

  public var kind: Kind {
    switch content {
    case .functions: .functions
    case .softmax: .softmax
    case .training: .training
    case .attention: .attention
    case .positionalEncoding: .positionalEncoding
    case .learningRate: .learningRate
    case .tokenization: .tokenization
    }
  }

  public init(title: String, caption: String? = nil, content: Content) {
    self.title = title
    self.caption = caption
    self.content = content
  }

  /// What ``parse(_:)`` found: a spec, or every problem with it. `Result` would do, but its
  /// `Error` requirement costs the runtime a scan of every conformance record of the binary
  /// the first time a lesson with a plot is read.
  public enum Parsed: Sendable {
    case success(PictureSpec)
    case failure(PictureSpecErrors)
  }

  /// The spec a `plot` directive declares, or every problem found in it.
  public static func parse(_ directive: Directive) -> Parsed {
    precondition(directive.kind == .plot, "PictureSpec.parse: a \(directive.kind) block is no plot")
    var fields = SpecFields(directive.fields.values)
    let kindName =
      fields.values["kind"].flatMap { $0.isEmpty ? nil : $0 }
      ?? directive.argument.flatMap {
        Kind(rawValue: $0) == nil ? nil : $0
      }
    let title = fields.required("title", kind: nil, example: "title: What the picture shows") {
      $0.isEmpty ? nil : $0
    }
    let caption = fields.values["caption"]
    guard let kindName else {
      return .failure(PictureSpecErrors(fields.errors + [.missingKind]))
    }
    guard let kind = Kind(rawValue: kindName) else {
      return .failure(PictureSpecErrors(fields.errors + [.unknownKind(kindName)]))
    }
    let content: Content?
    switch kind {
    case .functions: content = fields.functions().map(Content.functions)
    case .softmax: content = fields.softmax().map(Content.softmax)
    case .training: content = fields.training().map(Content.training)
    case .attention: content = fields.attention().map(Content.attention)
    case .positionalEncoding: content = fields.positionalEncoding().map(Content.positionalEncoding)
    case .learningRate: content = fields.learningRate().map(Content.learningRate)
    case .tokenization: content = fields.tokenization().map(Content.tokenization)
    }
    for key in fields.order where !kind.keys.contains(key) {
      fields.errors.append(.unknownKey(key, kind: kind))
    }
    guard fields.errors.isEmpty, let title, let content else {
      return .failure(PictureSpecErrors(fields.errors))
    }
    return .success(PictureSpec(title: title, caption: caption, content: content))
  }
}

/// Every problem found in one `plot` block: duplicate keys first, then the checks of `title:`,
/// `kind:` and the kind's keys in the order of `PictureSpec.Kind.keys`, then unknown keys.
public struct PictureSpecErrors: Error, Equatable, Sendable {
  public var errors: [PictureSpecError]

  public init(_ errors: [PictureSpecError]) {
    precondition(!errors.isEmpty, "PictureSpecErrors: needs at least one error")
    self.errors = errors
  }
}
