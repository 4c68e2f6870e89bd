import Base
import Isolation

/// A learner-side program built by ``Grader/buildProgram(_:mainFile:)``: compiled against the
/// learner's kit alone (`PrimerKit`, `Display`, and `Autodiff` when imported), never the
/// reference library or the checks, kept in a run folder until ``remove()``.
public final class LearnerProgram: @unchecked Sendable {
  /// The compiler's outcome; ``Compiler/Outcome/executable`` is the program when it compiled.
  public let compiled: Compiler.Outcome
  let folder: RunFolder
  private var removed = false

  init(compiled: Compiler.Outcome, folder: RunFolder) {
    self.compiled = compiled
    self.folder = folder
  }

  /// Removes the program and its folder (also done when it is released).
  public func remove() {
    guard !removed else { return }
    removed = true
    folder.remove()
  }

  deinit { remove() }
}

extension Grader {
  /// The kit this grader compiles against, as a name that changes with the toolchain and the
  /// kit's sources: part of the key of anything cached from a learner-side program.
  public var kitIdentity: String { FilePath.lastComponent(kitFolder) }

  /// Compiles `sources` into one learner-side program, as a learner's file is compiled for
  /// grading (in the sandbox, under ``Limits/compile``, `-Onone -gline-tables-only`), but as a
  /// program of its own: `mainFile` (one of `sources`) holds its top-level code.
  ///
  /// Sources are named as their diagnostics should show them (`#sourceLocation` inside a
  /// source can name another file).
  ///
  /// - Returns: the program; a compile error is in its ``LearnerProgram/compiled``.
  /// - Throws: ``GradingError`` when the kit cannot be built or the compiler cannot start.
  public func buildProgram(_ sources: [Compiler.Source], mainFile: String) throws(GradingError)
    -> LearnerProgram
  {
    precondition(sources.contains { $0.name == mainFile }, "buildProgram: no source \(mainFile)")
    try prepare()
    let run = try RunFolder.make()
    let build = run.path + "/build"
    try CacheFolder.createFolder(build)
    try CacheFolder.createFolder(run.path + "/tmp")
    var paths: [String] = []
    for source in sources {
      // The top-level code must be in a file named `main.swift`.
      let name = source.name == mainFile ? "main.swift" : source.name
      let path = "\(build)/\(name)"
      try Grader.write(source.text, to: path)
      paths.append(path)
    }
    let usesTensor = sources.contains { LearnerPolicy.imports(KitSources.autodiff, in: $0.text) }
    let learnerKit = "\(kitFolder)/\(Grader.learnerKit)"
    let program = "\(run.path)/program"
    let arguments =
      ["-Onone", "-gline-tables-only", "-enable-upcoming-feature", "MemberImportVisibility"]
      + ["-module-name", "Cell", "-I", learnerKit, "-L", learnerKit, "-lDisplay", "-lPrimerKit"]
      + (usesTensor ? ["-l\(KitSources.autodiff)"] : [])
      + paths + ["\(kitFolder)/\(Grader.systemLinkObject)", "-o", program]
    var compiled = try compiler.invoke(
      arguments, product: program, temporaryFolder: run.path + "/tmp", runFolder: run.path)
    compiled = compiled.naming("\(build)/main.swift", as: mainFile)
    return LearnerProgram(compiled: compiled, folder: run)
  }

  /// Runs `program` in the sandbox with `arguments` under `limits`, with no result channel.
  ///
  /// - Precondition: the program compiled.
  /// - Throws: ``GradingError`` when the sandbox itself fails.
  public func run(_ program: LearnerProgram, arguments: [String] = [], limits: Limits)
    throws(GradingError) -> RunOutcome
  {
    guard let executable = program.compiled.executable else {
      preconditionFailure("run: the program did not compile")
    }
    return try sandbox.run(
      executable, arguments: arguments, limits: limits, workingDirectory: program.folder.work,
      resultChannel: false, user: program.folder.user)
  }
}
