import Base
import Course
import Isolation

/// Grades a learner's file for an exercise: one `swiftc` run that compiles the learner's file
/// into a program that only answers calls, then that program in the sandbox beside the
/// exercise's judge, which makes every judgement.
///
/// What does not depend on the learner is compiled once and cached under `cache`:
///
/// - the **kit**: static libraries and modules for `PrimerKit`, `Wire`, `Reference`, `Checks`,
///   `Autodiff` and `WireTensor` (the tensor's are linked only into programs of exercises
///   whose solution imports it or whose learner file does; it loads OpenBLAS when it first
///   multiplies), compiled from the checkout's sources, in `kit-<hash of the paths, sizes and
///   modification times of the sources and the compiler>`, with the modules a learner's
///   program may use also in its `learner/` subfolder;
/// - per exercise, the **judge**: an executable holding the solution, the reference, the
///   mistakes and the checks (see ``ExerciseModule`` and ``Harness``), and the type of the
///   solution's entry, in `kit-<hash>-exercises/<hash>`.
///
/// A grading run compiles only the learner's file and a small `entry.swift`, as one module at
/// `-Onone -gline-tables-only` (`-O` for exercises marked `optimize: true`) against
/// `learner/` alone, so the reference library cannot be imported or linked; runs the program
/// in the ``Sandbox`` and the judge beside it, joined by a socket
/// (``runLinked(judge:seed:limits:checks:learner:)``); and judges the pair
/// (``Verdict/judge(_:report:learnerFiles:)``) from the records of the judge alone.
public struct Grader: Sendable {
  public let kitSources: KitSources
  /// The cache folder (see ``defaultCache(environment:)``).
  public let cache: String
  /// Compiles learner code under ``Limits/compile``.
  var compiler: Compiler
  /// Compiles the kit and exercise modules (trusted, optimised) under ``Limits/kitBuild``.
  let kitCompiler: Compiler
  var sandbox: Sandbox
  /// `cache/kit-<hash>`: the kit's libraries and modules, and the exercise modules.
  let kitFolder: String

  /// - Parameters:
  ///   - kitSources: the checkout's `Sources` folder (``KitSources/locate(lessons:executable:)``).
  ///   - cache: where compiled libraries are kept between runs.
  /// - Throws: ``GradingError`` when `swiftc`, the sandbox or the kit's sources are missing.
  public init(kitSources: KitSources, cache: String) throws(GradingError) {
    self.kitSources = kitSources
    self.cache = cache
    compiler = try Compiler(moduleCache: cache + "/module-cache")
    compiler.planCache = cache + "/plans"
    kitCompiler = compiler.with(limits: .kitBuild)
    sandbox = try Sandbox()
    // Each source's path, size and modification time: reading every source on every run
    // would cost more than the rest of the set-up.
    // The flags' version: a change in how the kit is compiled gives a new kit.
    var pieces = [
      Compiler.fileIdentity(compiler.swiftc), "flags 3: -assert-config Debug, frame pointers",
    ]
    for module in KitSources.modules {
      for file in try kitSources.files(of: module) {
        pieces += [module, Compiler.fileIdentity(file)]
      }
    }
    kitFolder = "\(cache)/kit-\(ContentHash.of(pieces))"
  }

  /// `$PRIMER_CACHE`, else `$XDG_CACHE_HOME/primer`, else `~/.cache/primer`.
  public static func defaultCache(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let explicit = environment["PRIMER_CACHE"], !explicit.isEmpty { return explicit }
    if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/primer" }
    return FileManager.default.homeDirectoryForCurrentUser.path + "/.cache/primer"
  }

  /// Whether the kit is already built; if not, the first grading builds it (about 14 s on an idle two-core machine, release build).
  public var isPrepared: Bool { CacheFolder(path: kitFolder).exists }

  /// Builds the kit if it is not built yet.
  ///
  /// - Throws: ``GradingError/kitBuildFailed(module:log:)`` if a library does not compile.
  public func prepare() throws(GradingError) {
    try CacheFolder(path: kitFolder).ensure { (folder: String) throws(GradingError) in
      for module in KitSources.modules {
        // The reference library, the tensor and the link are optimised (trusted code, and
        // training needs the speed); PrimerKit and the checks keep their precondition messages.
        let outcome = try kitCompiler.buildLibrary(
          module: module, files: try kitSources.files(of: module), into: folder,
          searchFolders: [folder],
          optimize: module != "PrimerKit" && module != "Checks",
          internalImports: module != KitSources.autodiff)
        guard outcome.succeeded else { throw .kitBuildFailed(module: module, log: outcome.log) }
      }
      // The learner's program is compiled against this folder only: the reference library
      // and the checks are not there, so no spelling of `import Reference` compiles.
      let learner = "\(folder)/\(Grader.learnerKit)"
      try CacheFolder.createFolder(learner)
      for module in KitSources.modules where KitSources.learnerModules.contains(module) {
        for name in ["\(module).swiftmodule", "lib\(module).a"] {
          guard link("\(folder)/\(name)", "\(learner)/\(name)") == 0 else {
            throw .fileSystem(
              operation: "link", path: "\(learner)/\(name)",
              reason: String(cString: strerror(errno)))
          }
        }
      }
      // The kit's modules import Foundation internally and use only the C library from it,
      // so a program that imports them does not ask to link either: this object, linked into
      // every program, asks for the C library (and `libm`), which links much faster than
      // Foundation. A learner's `import Foundation` still links Foundation.
      let source = "\(folder)/SystemLink.swift"
      try Grader.write(
        "#if canImport(Glibc)\nimport Glibc\n#else\nimport Darwin\n#endif\n", to: source)
      let object = "\(folder)/\(Grader.systemLinkObject)"
      let outcome = try kitCompiler.invoke(
        ["-c", "-parse-as-library", "-module-name", "SystemLink", source, "-o", object],
        product: object)
      guard outcome.succeeded else {
        throw .kitBuildFailed(module: "SystemLink", log: outcome.log)
      }
    }
  }

  /// The object that links the C library into every program (see ``prepare()``).
  static let systemLinkObject = "SystemLink.o"
  /// The kit's subfolder holding only the modules a learner's program may use.
  static let learnerKit = "learner"

  /// Grades the learner's `file` for `exercise`.
  ///
  /// - Parameters:
  ///   - seed: the random inputs' seed; a fresh one when `nil` (the verdict carries it).
  /// - Returns: the verdict; compile errors, failures and crashes are verdicts.
  /// - Throws: ``GradingError`` when the grader itself fails, or the exercise is malformed.
  public func grade(_ exercise: Exercise, file: String, seed: UInt64?) throws(GradingError)
    -> Verdict
  {
    try grade(exercise, file: file, seed: seed, lessonFile: Grader.lessonFile(of: exercise))
  }

  /// ``grade(_:file:seed:)`` with the lesson file named in the author's diagnostics.
  public func grade(_ exercise: Exercise, file: String, seed: UInt64?, lessonFile: String)
    throws(GradingError) -> Verdict
  {
    let started = Platform.monotonicSeconds()
    guard Exercise.isValidID(exercise.id) else {
      throw .exerciseIncomplete(
        exercise: TerminalText.escape(exercise.id),
        missing: "valid id (lower-case letters, digits and `-`)")
    }
    let spec = try ExerciseSpec(exercise, lessonFile: lessonFile)
    let seed = seed ?? UInt64.random(in: 1..<1_000_000)
    var verdict = try run(spec, file: file, seed: seed)
    verdict.exercise = exercise.id
    verdict.seed = seed
    verdict.seconds = Platform.monotonicSeconds() - started
    return verdict
  }

  private func run(_ spec: ExerciseSpec, file: String, seed: UInt64) throws(GradingError)
    -> Verdict
  {
    try prepare()
    let judge = try exerciseJudge(spec)
    // Read once, without following a link, and compiled from a copy: the compiler never opens
    // the learner's path, so a link put there later cannot bring another file in.
    let text: String
    switch try LearnerFile.read(file, limit: Compiler.sourceLimitBytes) {
    case .text(let read): text = read
    case .missing:
      throw .fileSystem(operation: "read", path: file, reason: "there is no such file")
    case .tooLarge(let size):
      var outcome = Compiler.Outcome(
        executable: nil, diagnostics: [], log: "", seconds: 0, timedOut: false,
        outputExceeded: false)
      outcome.sourceTooLarge = size
      return Verdict.compileFailed(outcome)
    }
    // A friendly early message; the reference library is not there to import anyway.
    let refusals = LearnerPolicy.violations(in: text, path: file).map { refusal in
      var refusal = refusal
      refusal.excerpt = CompilerDiagnostic.excerpt(
        of: text, line: refusal.line, column: refusal.column)
      return refusal
    }
    if !refusals.isEmpty {
      return Verdict.compileFailed(
        Compiler.Outcome(
          executable: nil, diagnostics: refusals, log: "", seconds: 0, timedOut: false,
          outputExceeded: false))
    }

    let run = try RunFolder.make()
    defer { run.remove() }
    let runFolder = run.path
    // The copy keeps the learner's name, so backtraces name it, unless a control character in
    // it would break the compiler's one-line diagnostics: then that character becomes `_`.
    let learnerFile = Grader.compilableName(FilePath.lastComponent(file))
    let copy = "\(runFolder)/learner/\(learnerFile)"
    try CacheFolder.createFolder(runFolder + "/learner")
    try Grader.write(text, to: copy)
    let entry = "\(runFolder)/\(Harness.entryFile)"
    try Grader.write(Harness.entrySource(for: spec, entryType: judge.entryType), to: entry)
    // The tensor is linked only when the exercise or the learner imports it: every other run
    // stays as fast to link. OpenBLAS is never linked: the tensor loads it on its first product.
    let tensor =
      spec.usesAutodiff || LearnerPolicy.imports(KitSources.autodiff, in: text)
      ? ["-l\(KitSources.autodiff)", "-lWireTensor"] : []
    let program = "\(runFolder)/program"
    let learnerKit = "\(kitFolder)/\(Grader.learnerKit)"
    // Line tables are enough for backtraces to name the learner's lines, and cost less than
    // `-g`'s module for the debugger.
    let arguments =
      ["-parse-as-library", "-wmo"]
      + (spec.optimize ? Compiler.optimizedLearner : ["-Onone"]) + ["-gline-tables-only"]
      + [
        "-enable-upcoming-feature", "MemberImportVisibility",
        "-module-name", "Learner", "-I", learnerKit, "-L", learnerKit, "-lWire", "-lPrimerKit",
      ] + tensor
      + [
        copy, entry, "\(kitFolder)/\(Grader.systemLinkObject)", "-o", program,
      ]
    try CacheFolder.createFolder(runFolder + "/tmp")
    let limits = Limits(
      cpuSeconds: spec.timeLimitSeconds, wallSeconds: Double(spec.timeLimitSeconds) * 2 + 5)
    // The judge and the program's sandbox get ready while the compiler works: neither depends
    // on the learner's code, and together they are a tenth of an edit-to-verdict.
    var compiled: Compiler.Outcome?
    let linked = try Grader.runLinked(
      judge: "\(judge.folder)/\(Grader.judgeExecutable)", seed: seed, limits: limits,
      checks: spec.checkNames, setupSeconds: compiler.limits.wallSeconds
    ) { (link: Int32) throws(GradingError) -> RunOutcome? in
      // Prepared once the compiler has started: two runs joining their cgroups at once wait
      // for each other, and the compiler's is the one a learner waits for.
      var prepared: Result<PreparedRun, GradingError>?
      let outcome = try compiler.invoke(
        arguments, product: program, temporaryFolder: runFolder + "/tmp", runFolder: runFolder
      ) {
        prepared = Result { () throws(GradingError) in
          try sandbox.prepare(
            program, limits: limits, workingDirectory: run.work, user: run.user, link: link)
        }
      }.naming(copy, as: file)
      compiled = outcome
      guard let prepared else { preconditionFailure("the compiler started without its callback") }
      let ready = try prepared.get()
      guard outcome.succeeded else {
        ready.cancel()
        return nil
      }
      return try ready.go()
    }
    guard let compiled else { preconditionFailure("the compiler ran before the program") }
    guard let (outcome, judged, report) = linked else {
      return Grader.compileFailed(
        compiled, spec: spec, entryFile: entry, learnerFile: file, learnerText: text)
    }
    var verdict = Verdict.judge(judged, report: report, learnerFiles: [learnerFile])
    if verdict.status == .crashed, report.missing.isEmpty,
      report.checks.contains(where: { !$0.passed })
    {
      // Every check had reported: the crash came from running the mistakes (the author's code)
      // to explain the failures, so the learner's verdict stands without one.
      var failed = judged
      failed.termination = .exited(1)
      failed.stderr = []
      verdict = Verdict.judge(failed, report: report, learnerFiles: [learnerFile])
      verdict.trap = nil
    }
    verdict.diagnostics = compiled.diagnostics
    verdict.isolation = outcome.isolation
    // An untouched starter made no mistake: it has not started.
    let untouched =
      spec.starter.map { Grader.sameCode($0.text, text) } ?? false
    if verdict.status == .failed, !untouched, let name = report.mistake,
      let mistake = spec.mistakes.first(where: { $0.name == name })
    {
      verdict.mistake = Verdict.Mistake(name: name, message: mistake.message)
    }
    var output = String(decoding: judged.stdout, as: UTF8.self)
    if verdict.status != .crashed {
      output += String(decoding: outcome.stderr, as: UTF8.self)
    }
    verdict.output =
      output.count > Grader.outputCharacters
      ? String(output.prefix(Grader.outputCharacters)) + "\n… (output cut)" : output
    return verdict
  }

  /// Whether two sources are the same code, whatever their blank lines and trailing spaces.
  static func sameCode(_ a: String, _ b: String) -> Bool {
    func lines(_ text: String) -> [Substring] {
      text.split(separator: "\n").map {
        $0.drop { $0 == " " }.reversed().drop { $0 == " " || $0 == "\r" }
      }
      .map { Substring(String($0.reversed())) }.filter { !$0.isEmpty }
    }
    return lines(a) == lines(b)
  }

  /// `name` with each control character (a line feed, an escape) replaced by `_`.
  static func compilableName(_ name: String) -> String {
    String(
      String.UnicodeScalarView(
        name.unicodeScalars.map { $0.properties.generalCategory == .control ? "_" : $0 }))
  }

  /// How much of the program's output a verdict keeps.
  static let outputCharacters = 4000

  /// The judge's executable, in its folder (see ``exerciseJudge(_:)``).
  static let judgeExecutable = "judge"
  /// The entry's type as the judge printed it, beside the judge.
  static let entryTypeFile = "entry-type.txt"

  /// The folder of the exercise's judge and the entry's type, built first if needed: one
  /// executable from the solution, the reference, the mistakes and the checks, which prints
  /// the type of the solution's entry when asked (``Harness/entryTypeArgument``).
  func exerciseJudge(_ spec: ExerciseSpec) throws(GradingError)
    -> (folder: String, entryType: String)
  {
    // Beside the kit, not in it: the kit's folder exists only once the kit is complete.
    let folder = "\(kitFolder)-exercises/\(spec.moduleHash)"
    try CacheFolder(path: folder).ensure { (temporary: String) throws(GradingError) in
      let source = "\(temporary)/\(spec.id).swift"
      try Grader.write(ExerciseModule.source(for: spec), to: source)
      let judge = "\(temporary)/\(Grader.judgeExecutable)"
      let tensor = spec.usesAutodiff ? ["-lWireTensor", "-l\(KitSources.autodiff)"] : []
      let outcome = try kitCompiler.invoke(
        ["-parse-as-library", "-wmo", "-Onone", "-module-name", spec.moduleName]
          + ["-I", kitFolder, "-L", kitFolder, "-lChecks", "-lReference"] + tensor
          + ["-lWire", "-lPrimerKit", source, "\(kitFolder)/\(Grader.systemLinkObject)"]
          + ["-o", judge],
        product: judge)
      guard outcome.succeeded else {
        throw .exerciseDoesNotCompile(
          exercise: spec.id, diagnostics: outcome.diagnostics, log: outcome.log)
      }
      let child = try Platform.spawn(
        SpawnRequest(
          executable: judge, arguments: [Harness.entryTypeArgument],
          environment: Sandbox.baseEnvironment))
      let printed = Supervision.watch(child, wallSeconds: 30, outputBytes: 1 << 16)
      let type = String(decoding: printed.stdout, as: UTF8.self)
        .trimmingFoundationWhitespace()
      guard printed.stop == nil, printed.waitStatus == .exited(0), !type.isEmpty else {
        throw .exerciseDoesNotCompile(
          exercise: spec.id, diagnostics: [],
          log: "its judge did not print the entry's type: "
            + String(decoding: printed.stderr.prefix(2000), as: UTF8.self))
      }
      try Grader.write(type, to: "\(temporary)/\(Grader.entryTypeFile)")
    }
    guard
      let type = try? String(contentsOfFile: "\(folder)/\(Grader.entryTypeFile)", encoding: .utf8)
    else {
      throw .fileSystem(
        operation: "read", path: "\(folder)/\(Grader.entryTypeFile)", reason: "missing")
    }
    return (folder, type)
  }

  /// A compile error; errors only in `entry.swift` mean the learner's function is missing or
  /// has another signature than the starter's, which is reported at the learner's `func`.
  private static func compileFailed(
    _ outcome: Compiler.Outcome, spec: ExerciseSpec, entryFile: String, learnerFile: String,
    learnerText: String
  ) -> Verdict {
    var verdict = Verdict.compileFailed(outcome)
    for index in verdict.diagnostics.indices where verdict.diagnostics[index].file == learnerFile {
      let diagnostic = verdict.diagnostics[index]
      verdict.diagnostics[index].excerpt = CompilerDiagnostic.excerpt(
        of: learnerText, line: diagnostic.line, column: diagnostic.column)
    }
    let errors = outcome.diagnostics.filter { $0.severity == .error }
    if errors.isEmpty, let range = outcome.log.firstRange(of: "undefined reference to ") {
      // The linker's words: a symbol the learner's program does not have (the reference
      // library's, reached by `@_silgen_name`, is never linked into it).
      let symbol = outcome.log[range.upperBound...].prefix { $0 != "\n" }
      verdict.summary =
        "The program did not link: undefined reference to \(symbol). Call only your own code, "
        + "Foundation, PrimerKit and Autodiff."
      return verdict
    }
    guard let first = errors.first, errors.allSatisfy({ $0.file == entryFile }) else {
      return verdict
    }
    let message =
      "the grader cannot call your function: \(first.message). Keep the name, the parameters "
      + "and the types the starter gives: the grader calls `\(spec.entry.text)`"
    let place = functionLocation(in: learnerText, entry: spec.entry.text)
    var diagnostic = CompilerDiagnostic(
      file: learnerFile, line: place.line, column: place.column, severity: .error,
      message: message)
    diagnostic.excerpt = CompilerDiagnostic.excerpt(
      of: learnerText, line: place.line, column: place.column)
    verdict.diagnostics = [diagnostic]
    verdict.summary =
      "\(FilePath.lastComponent(learnerFile)):\(place.line):"
      + "\(place.column): \(message)"
    return verdict
  }

  /// Where the learner's file declares the entry's function (`func softmax`), else 1:1.
  static func functionLocation(in text: String, entry: String) -> (line: Int, column: Int) {
    // The first identifier of the entry that the learner's file declares with `func`.
    let words = entry.split { !($0.isLetter || $0.isNumber || $0 == "_") }
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      for word in words {
        if let range = line.firstRange(of: "func \(word)(") {
          return (offset + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
        }
      }
    }
    return (1, 1)
  }

  static func lessonFile(of exercise: Exercise) -> String {
    "Lessons/\(exercise.lessonID).md"
  }

  static func write(_ text: String, to path: String) throws(GradingError) {
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw .fileSystem(operation: "write", path: path, reason: "\(error)")
    }
  }
}
