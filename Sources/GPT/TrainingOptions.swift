/// How a GPT is trained: steps, batch, learning-rate schedule, regularisation, evaluation.
///
/// Defaults follow nanoGPT's character-level Shakespeare recipe scaled to a tiny model:
/// a peak learning rate of 3e-3 (small models tolerate large steps), a short linear warm-up,
/// cosine decay to a tenth of the peak, AdamW with `β₂ = 0.99` (few tokens per step make the
/// gradient noisy), weight decay 0.1 on matrices, and clipping the global gradient norm at 1.
public struct TrainingOptions: Codable, Equatable, Sendable {
  /// The number of optimisation steps.
  public var steps: Int = 2000
  /// `B`, the sequences per step.
  public var batch: Int = 32
  /// The peak learning rate.
  public var learningRate: Double = 3e-3
  /// The steps of linear warm-up from 0 to the peak.
  public var warmupSteps: Int = 100
  /// The learning rate at the end of the cosine decay, as a fraction of the peak.
  public var finalLearningRateRatio: Double = 0.1
  /// AdamW's first-moment decay.
  public var beta1: Double = 0.9
  /// AdamW's second-moment decay.
  public var beta2: Double = 0.99
  /// AdamW's decoupled weight decay, applied to weight matrices and embeddings only.
  public var weightDecay: Double = 0.1
  /// The largest global gradient norm; larger gradients are scaled down to it.
  public var clipNorm: Double = 1
  /// The seed of the initial weights and of the batches.
  public var seed: UInt64 = 42
  /// Steps between validation-loss estimates.
  public var evaluationInterval: Int = 100
  /// Batches averaged for one validation-loss estimate.
  public var evaluationBatches: Int = 8
  /// Steps between checkpoints (0: only at the end).
  public var checkpointInterval: Int = 250

  /// The defaults.
  public init() {}
}
