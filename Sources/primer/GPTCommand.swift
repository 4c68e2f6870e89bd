import ArgumentParser
import Autodiff
import Base
import Course
import GPT
import Pictures
import PrimerKit

/// `primer gpt`: train a tiny GPT on a text and sample from it.
///
/// The capstone multiplies through OpenBLAS, a shared library loaded when a product first
/// needs it, so every other command starts without it. Each subcommand first checks that it
/// loads (``requireOpenBLAS(_:)``) and reports a missing library as its own error.
struct GPTCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gpt",
    abstract: "Train a tiny character-level GPT and write text with it.",
    discussion: """
      The capstone's model, built on Primer's differentiable tensor: train it on the
      course's own lessons (or any UTF-8 text), then sample from the checkpoint.

        primer gpt train --steps 2000 --out gpt.ckpt
        primer gpt sample --checkpoint gpt.ckpt --prompt "The " --length 300

      Training is only fast in a release build:

        swift build -c release
        .build/release/primer gpt train
      """,
    subcommands: [Train.self, Sample.self, Bench.self]
  )
}

extension GPTCommand {
  /// `primer gpt train`.
  struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Train a GPT, showing its progress, and save it to a checkpoint.",
      discussion: """
        Without --text, the model trains on the course's lessons (Lessons/*.md). The
        checkpoint is written atomically every --save-every steps and at the end;
        after an interruption, run the same command with --resume to continue from the
        last save. Build in release mode for speed (swift build -c release): a debug
        build is about 50 times slower.
        """)

    @Option(
      help: ArgumentHelp(
        "A UTF-8 text file to learn (default: the course's lessons).", valueName: "file"))
    var text: String?
    @Option(help: "Optimisation steps.") var steps = 2000
    @Option(help: "Transformer blocks (default 2).") var layers: Int?
    @Option(help: "Model width (default 64).") var width: Int?
    @Option(help: "Attention heads; they divide the width (default 4).") var heads: Int?
    @Option(help: "Context length in characters (default 64).") var context: Int?
    @Option(help: "Sequences per step.") var batch = 32
    @Option(name: .customLong("lr"), help: "Peak learning rate.") var learningRate = 3e-3
    @Option(help: "Seed of the initial weights and the batches.") var seed: UInt64 = 42
    @Option(help: ArgumentHelp("The checkpoint to write.", valueName: "file")) var out = "gpt.ckpt"
    @Option(name: .customLong("save-every"), help: "Steps between checkpoints.") var saveEvery = 250
    @Option(name: .customLong("eval-every"), help: "Steps between validation estimates.")
    var evalEvery = 100
    @Flag(help: "Continue the run saved in --out.") var resume = false
    @OptionGroup var course: CourseOptions

    func validate() throws {
      for (name, value) in [
        ("steps", steps), ("batch", batch), ("save-every", saveEvery), ("eval-every", evalEvery),
      ]
      where value < 1 {
        throw ValidationError("--\(name) must be at least 1, got \(value).")
      }
      for (name, value) in [
        ("layers", layers), ("width", width), ("heads", heads), ("context", context),
      ] {
        if let value, value < (name == "layers" ? 0 : 1) {
          throw ValidationError("--\(name) must be positive, got \(value).")
        }
      }
      let (w, h) = (width ?? 64, heads ?? 4)
      if w % h != 0 {
        throw ValidationError(
          "--heads \(h) must divide --width \(w); try --heads 4 with --width 64.")
      }
      guard learningRate > 0 && learningRate.isFinite else {
        throw ValidationError("--lr must be positive.")
      }
    }

    func run() throws {
      try requireOpenBLAS("primer gpt train")
      #if DEBUG
      report(
        "Note: this is a debug build, about 50 times slower at training. For speed: "
          + "swift build -c release && .build/release/primer gpt train")
      #endif
      do {
        let source = try readCorpus()
        let trainer = try makeTrainer(text: source.text)
        let corpus = trainer.corpus
        let config = trainer.model.config
        let bigram = bigramLoss(
          train: corpus.train, validation: corpus.validation, vocabularySize: corpus.tokenizer.count
        )
        report(
          """
          Training on \(source.name): \(corpus.train.count + corpus.validation.count) characters, \
          vocabulary \(config.vocabularySize), \(config.parameterCount) parameters \
          (\(config.layers) layers, width \(config.width), \(config.heads) heads, context \(config.context)).
          ln V = \(lossText(log(Double(config.vocabularySize)))); a bigram model's validation loss: \(lossText(bigram)).
          """)
        let progress = ProgressLine()
        try trainer.run(checkpointPath: out) { progress.show($0) }
        progress.finish()
        let history = trainer.history
        print(LossChart.draw(history, width: 60, height: 12))
        if let first = history.first, let last = history.last {
          print(
            "Validation loss: \(lossText(first.validation)) at step \(first.step) → \(lossText(last.validation)) "
              + "at step \(last.step) (bigram baseline \(lossText(bigram))).")
          print(checks(trainer, initial: first.validation, final: last.validation, bigram: bigram))
        }
        print("Saved \(out). Write text with: primer gpt sample --checkpoint \(out)")
      } catch let error as GPTError {
        throw CommandError("primer gpt train: " + error.description, status: .notYet)
      }
    }

    /// The capstone's three checks of a training run, one line each, with a sample.
    func checks(_ trainer: Trainer, initial: Double, final: Double, bigram: Double) -> String {
      let lnV = log(Double(trainer.model.config.vocabularySize))
      var generator = Xoshiro256StarStar(seed: seed)
      let prompt = [trainer.corpus.train[0]]
      let sample = Sampler.sample(
        trainer.model, prompt: prompt, length: 200, temperature: 1, topK: nil, generator: &generator
      )
      let inVocabulary = sample.allSatisfy { (0..<trainer.corpus.tokenizer.count).contains($0) }
      func mark(_ passed: Bool) -> String { passed ? "✓" : "✗" }
      return """
        \(mark(abs(initial - lnV) < 0.3)) the initial loss \(lossText(initial)) is close to ln V = \(lossText(lnV))
        \(mark(final < bigram)) the validation loss \(lossText(final)) is below the bigram baseline \(lossText(bigram))
        \(mark(inVocabulary)) a 200-character sample uses only the vocabulary's symbols:
        \(trainer.corpus.tokenizer.decode(prompt + sample))
        """
    }

    func readCorpus() throws -> (name: String, text: String) {
      if let text {
        guard let data = FileManager.default.contents(atPath: text) else {
          throw GPTError.fileSystem(operation: "read", path: text, reason: "no such readable file")
        }
        guard let string = String(data: data, encoding: .utf8) else {
          throw GPTError.fileSystem(operation: "read", path: text, reason: "it is not UTF-8 text")
        }
        return (text, string)
      }
      let folder = try Catalog.locateLessons(explicit: course.lessons)
      let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
        $0.hasSuffix(".md")
      }.sorted()
      let text = try files.map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
        .joined(separator: "\n")
      return ("the course's lessons (\(files.count) files in \(folder))", text)
    }

    func makeTrainer(text: String) throws(GPTError) -> Trainer {
      if resume {
        let checkpoint = try Checkpoint.read(from: out)
        var expected = checkpoint.header.config
        expected.layers = layers ?? expected.layers
        expected.width = width ?? expected.width
        expected.heads = heads ?? expected.heads
        expected.context = context ?? expected.context
        try checkpoint.requireShape(expected, path: out)
        let trainer = try Trainer(resuming: checkpoint, text: text, path: out)
        trainer.options.steps = steps
        return trainer
      }
      var options = TrainingOptions()
      options.steps = steps
      options.batch = batch
      options.learningRate = learningRate
      options.seed = seed
      options.checkpointInterval = saveEvery
      options.evaluationInterval = evalEvery
      options.warmupSteps = min(100, max(steps / 10, 1))
      let config = Config(
        vocabularySize: 1, context: context ?? 64, width: width ?? 64, heads: heads ?? 4,
        layers: layers ?? 2)
      return try Trainer(text: text, config: config, options: options)
    }

    func report(_ text: String) { Terminal.writeError(text + "\n") }
  }

  /// `primer gpt sample`.
  struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write text with a trained GPT.")

    @Option(help: ArgumentHelp("The checkpoint to read.", valueName: "file")) var checkpoint =
      "gpt.ckpt"
    @Option(help: "The text to continue (default: a line break, or the first symbol).") var prompt:
      String?
    @Option(help: "Characters to write.") var length = 300
    @Option(help: "Divides the logits: below 1 is more predictable, above 1 more varied.")
    var temperature = 1.0
    @Option(name: .customLong("top-k"), help: "Draw only from the k likeliest characters.")
    var topK: Int?
    @Option(help: "Seed of the draws.") var seed: UInt64 = 42

    func validate() throws {
      guard length >= 0 else { throw ValidationError("--length must be 0 or more, got \(length).") }
      guard temperature > 0 && temperature.isFinite else {
        throw ValidationError("--temperature must be positive, got \(temperature); try 0.8.")
      }
      if let topK, topK < 1 { throw ValidationError("--top-k must be at least 1, got \(topK).") }
      if prompt == "" {
        throw ValidationError(
          "--prompt must not be empty; leave it out to start from a line break.")
      }
    }

    func run() throws {
      try requireOpenBLAS("primer gpt sample")
      do {
        print(try written())
      } catch {
        throw CommandError("primer gpt sample: " + error.description, status: .notYet)
      }
    }

    /// The prompt and its continuation.
    func written() throws(GPTError) -> String {
      let saved = try Checkpoint.read(from: checkpoint)
      let tokenizer = CharTokenizer(vocabulary: Array(saved.header.vocabulary))
      let model = GPT<Float>(config: saved.header.config, values: saved.parameters)
      let start =
        prompt ?? (tokenizer.vocabulary.contains("\n") ? "\n" : String(tokenizer.vocabulary[0]))
      let tokens = try tokenizer.encode(start)
      var generator = Xoshiro256StarStar(seed: seed)
      let continuation = Sampler.sample(
        model, prompt: tokens, length: length, temperature: temperature, topK: topK,
        generator: &generator)
      return start + tokenizer.decode(continuation)
    }
  }
}

extension GPTCommand {
  /// `primer gpt bench`: the figures `Benchmarks/gpt_speed.py` compares with JAX and numpy.
  struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Time training steps and a Float matrix product (for Benchmarks/gpt_speed.py).",
      shouldDisplay: false)

    @Option(help: ArgumentHelp("A UTF-8 text to train on.", valueName: "file")) var text: String
    @Option(help: "Timed training steps.") var steps = 50
    @Option(help: "Untimed steps first.") var warmup = 5
    @Option(help: "Model width.") var width = 64
    @Option(help: "Attention heads.") var heads = 4
    @Option(help: "Blocks.") var layers = 2
    @Option(help: "Context length.") var context = 64
    @Option(help: "Sequences per step.") var batch = 32
    @Option(help: "Side of the square Float matrix product to time (0: none).") var gemm = 512

    func run() throws {
      try requireOpenBLAS("primer gpt bench")
      guard let data = FileManager.default.contents(atPath: text),
        let string = String(data: data, encoding: .utf8)
      else { throw ValidationError("Cannot read \(text) as UTF-8.") }
      var options = TrainingOptions()
      options.steps = warmup + steps
      options.batch = batch
      let config = Config(
        vocabularySize: 1, context: context, width: width, heads: heads, layers: layers)
      let trainer = try Trainer(text: string, config: config, options: options)
      for _ in 0..<warmup { trainer.trainStep() }
      let clock = ContinuousClock()
      let start = clock.now
      for _ in 0..<steps { trainer.trainStep() }
      let seconds = seconds(start.duration(to: clock.now))
      print("steps_per_second \(Double(steps) / seconds)")
      print("tokens_per_second \(Double(steps * batch * context) / seconds)")
      print("vocabulary \(trainer.model.config.vocabularySize)")
      if gemm > 0 { print("gemm_gflops \(gemmGFLOPS(gemm))") }
    }

    /// GFLOPS of `C = A·B` for `[n, n]` Float matrices through the tensor's BLAS fast path
    /// (best of several repetitions, as numpy's figure in the script).
    func gemmGFLOPS(_ n: Int) -> Double {
      let a = (0..<(n * n)).map { Float(($0 * 7919) % 1000) / 1000 }
      let b = a.reversed().map { $0 }
      var c = [Float](repeating: 0, count: n * n)
      let clock = ContinuousClock()
      var best = Double.infinity
      for _ in 0..<7 {
        let start = clock.now
        let repetitions = 10
        for _ in 0..<repetitions {
          Matmul.fast(
            transposeA: false, transposeB: false, m: n, n: n, k: n, alpha: 1, a: a, lda: n, b: b,
            ldb: n, beta: 0,
            c: &c, ldc: n)
        }
        best = min(best, seconds(start.duration(to: clock.now)) / Double(repetitions))
      }
      return 2 * Double(n * n * n) / best / 1e9
    }

    func seconds(_ d: Duration) -> Double {
      Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
  }
}

/// Stops `command` with its own error, before any work, when OpenBLAS cannot be loaded.
func requireOpenBLAS(_ command: String) throws {
  do {
    try OpenBLASLibrary.require()
  } catch {
    throw CommandError("\(command): \(error.description)", status: .cannot)
  }
}
