import Course

extension Picture {
  /// The picture `spec` describes, computed from the reference library.
  ///
  /// Deterministic: every random number comes from a generator seeded by the spec, so the
  /// same spec gives the same picture on every run and platform (up to the last bits of
  /// `exp`, `log` and `cos` in the C library). Pictures are kept for the life of the process
  /// (`PictureCache`), so the same spec is computed once; training curves, the one costly
  /// kind, are also kept on disk between runs (`TrainingCurveStore`).
  public static func make(from spec: PictureSpec) -> Picture {
    PictureCache.shared.picture(for: spec, make: computed(from:))
  }

  /// The picture `spec` describes, computed afresh.
  static func computed(from spec: PictureSpec) -> Picture {
    switch spec.content {
    case .functions(let functions): .lineChart(functions.picture())
    case .softmax(let softmax): .barChart(softmax.picture())
    case .training(let training):
      .lineChart(TrainingCurveStore.shared.chart(for: training) { training.picture() })
    case .attention(let attention): .heatMap(attention.picture())
    case .positionalEncoding(let encoding): .heatMap(encoding.picture())
    case .learningRate(let rate): .lineChart(rate.schedule.picture())
    case .tokenization(let tokenization): .lineChart(tokenization.picture())
    }
  }
}

/// Entry points for the modules that show lessons: the linter and the renderers.
public enum Pictures {
  /// What is wrong with a `plot` directive, one message per problem; empty when it can be
  /// drawn. Other kinds of directive have no problems here.
  public static func problems(in directive: Directive) -> [String] {
    guard directive.kind == .plot else { return [] }
    switch PictureSpec.parse(directive) {
    case .success: return []
    case .failure(let failure): return failure.errors.map(\.description)
    }
  }
}
