import Autodiff

/// Trains a GPT on a corpus: batches, forward, backward, clipping, AdamW on a schedule,
/// validation estimates, and checkpoints from which an interrupted run resumes.
///
/// Creating a trainer calls ``Memory/reuseFreedBuffers()`` (once per process).
public final class Trainer {
  /// What the trainer reports after every step.
  public struct Progress: Sendable {
    /// Steps done, and the run's total.
    public var step: Int, steps: Int
    /// This step's training loss.
    public var trainLoss: Double
    /// The latest validation-loss estimate.
    public var validationLoss: Double
    /// The learning rate of this step.
    public var learningRate: Double
    /// Training tokens per second since this run (re)started.
    public var tokensPerSecond: Double
    /// Estimated seconds until the last step.
    public var secondsLeft: Double
    /// Whether a validation estimate or a checkpoint was made at this step.
    public var evaluated: Bool, saved: Bool
  }

  /// The data.
  public let corpus: Corpus
  /// The model being trained.
  public let model: GPT<Float>
  /// The run's options.
  public var options: TrainingOptions
  /// The steps taken.
  public private(set) var step: Int
  /// The losses recorded at each validation estimate.
  public private(set) var history: [LossRecord]
  var optimizer: AdamW<Float>
  let batches: Batches
  let decays: [Bool]

  /// A new run on `text` with a model of shape `config` (its vocabulary size is taken from
  /// the text).
  public init(text: String, config: Config, options: TrainingOptions) throws(GPTError) {
    Memory.reuseFreedBuffers()
    corpus = try Corpus(text: text, context: config.context)
    var config = config
    config.vocabularySize = corpus.tokenizer.count
    model = GPT(config: config, seed: options.seed)
    self.options = options
    step = 0
    history = []
    optimizer = AdamW(
      sizes: model.parameters.map(\.value.count), beta1: Float(options.beta1),
      beta2: Float(options.beta2),
      weightDecay: Float(options.weightDecay))
    batches = Batches(tokens: corpus.train, context: config.context, batch: options.batch)
    decays = config.parameterShapes.map { $0.rows > 1 }
  }

  /// A run resumed from `checkpoint` on the same `text`.
  ///
  /// - Throws: ``GPTError/differentText(path:)`` when `text` is not the checkpoint's text.
  public init(resuming checkpoint: Checkpoint, text: String, path: String) throws(GPTError) {
    Memory.reuseFreedBuffers()
    let header = checkpoint.header
    corpus = try Corpus(text: text, context: header.config.context)
    guard corpus.fingerprint == header.textHash,
      String(corpus.tokenizer.vocabulary) == header.vocabulary
    else {
      throw .differentText(path: path)
    }
    model = GPT(config: header.config, values: checkpoint.parameters)
    options = header.options
    step = header.step
    history = header.history
    optimizer = AdamW(
      sizes: model.parameters.map(\.value.count), beta1: Float(options.beta1),
      beta2: Float(options.beta2),
      weightDecay: Float(options.weightDecay))
    optimizer.m = checkpoint.firstMoments
    optimizer.v = checkpoint.secondMoments
    optimizer.t = header.step
    batches = Batches(tokens: corpus.train, context: header.config.context, batch: options.batch)
    decays = header.config.parameterShapes.map { $0.rows > 1 }
  }

  /// The checkpoint of the run as it stands.
  public var checkpoint: Checkpoint {
    Checkpoint(
      header: .init(
        config: model.config, vocabulary: String(corpus.tokenizer.vocabulary), step: step,
        options: options,
        history: history, textHash: corpus.fingerprint),
      parameters: model.parameters.map(\.value), firstMoments: optimizer.m,
      secondMoments: optimizer.v)
  }

  /// The mean loss over `options.evaluationBatches` fixed batches of the validation text.
  public func validationLoss() -> Double {
    let context = model.config.context
    let validation = Batches(tokens: corpus.validation, context: context, batch: options.batch)
    var total = 0.0
    for i in 0..<options.evaluationBatches {
      let (x, y) = validation.batch(step: i, seed: 0x5EED_0F_DA7A)
      total += Double(model.loss(inputs: x, targets: y, length: context).value[0])
    }
    return total / Double(max(options.evaluationBatches, 1))
  }

  /// One optimisation step; returns its training loss (before the update).
  @discardableResult
  public func trainStep() -> Double {
    let lr = learningRate(step: step, options: options)
    let (x, y) = batches.batch(step: step, seed: options.seed)
    model.zeroGrad()
    let loss = model.loss(inputs: x, targets: y, length: model.config.context)
    loss.backward()
    clipGradNorm(model.parameters, maxNorm: Float(options.clipNorm))
    optimizer.step(model.parameters, decays: decays, lr: Float(lr))
    step += 1
    return Double(loss.value[0])
  }

  /// Trains until `options.steps` (or `stopAt`, to simulate an interruption), validating every
  /// `evaluationInterval` steps (and before the first step of a new run), and saving to
  /// `checkpointPath` every `checkpointInterval` steps and at the end.
  public func run(checkpointPath: String?, stopAt: Int? = nil, progress: (Progress) -> Void)
    throws(GPTError)
  {
    let clock = ContinuousClock()
    let start = clock.now
    let firstStep = step
    var validation = history.last?.validation ?? validationLoss()
    var losses: [Double] = []
    if history.isEmpty {
      history.append(LossRecord(step: 0, train: validation, validation: validation))
    }
    while step < min(options.steps, stopAt ?? .max) {
      let lr = learningRate(step: step, options: options)
      let loss = trainStep()
      losses.append(loss)
      let evaluate = step % options.evaluationInterval == 0 || step == options.steps
      if evaluate {
        validation = validationLoss()
        history.append(
          LossRecord(
            step: step, train: losses.reduce(0, +) / Double(losses.count), validation: validation))
        losses.removeAll()
      }
      let save =
        checkpointPath != nil
        && ((options.checkpointInterval > 0 && step % options.checkpointInterval == 0)
          || step == options.steps)
      if save, let path = checkpointPath { try checkpoint.write(to: path) }
      let elapsed = start.duration(to: clock.now)
      let seconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      let done = Double(step - firstStep)
      progress(
        Progress(
          step: step, steps: options.steps, trainLoss: loss, validationLoss: validation,
          learningRate: lr,
          tokensPerSecond: done * Double(options.batch * model.config.context) / max(seconds, 1e-9),
          secondsLeft: seconds / max(done, 1) * Double(options.steps - step), evaluated: evaluate,
          saved: save))
    }
  }
}
