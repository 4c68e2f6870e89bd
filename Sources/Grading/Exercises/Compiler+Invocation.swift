import Base
extension Compiler {
  /// Runs `swiftc` with `arguments` (files and outputs included), under the time and output
  /// caps, and reports `product` as the result when the compiler succeeds.
  ///
  /// The module cache and `-diagnostic-style=llvm` are added here.
  func invoke(_ arguments: [String], product: String) throws(GradingError) -> Outcome {
    var environment = ProcessInfo.processInfo.environment.filter {
      ["PATH", "HOME", "TMPDIR"].contains($0.key)
    }
    environment["TERM"] = "dumb"
    let allArguments =
      ["-diagnostic-style=llvm", "-module-cache-path", moduleCache] + arguments
    guard let sandbox else {
      let child = try Platform.spawn(
        SpawnRequest(executable: swiftc, arguments: allArguments, environment: environment))
      let watched = Supervision.watch(
        child, wallSeconds: limits.wallSeconds, outputBytes: limits.outputBytes)
      let log = String(decoding: watched.stderr + watched.stdout, as: UTF8.self)
      let succeeded = watched.stop == nil && watched.waitStatus == .exited(0)
      return Outcome(
        executable: succeeded ? product : nil, diagnostics: Diagnostic.parse(log),
        log: log, seconds: watched.wallSeconds, timedOut: watched.stop == .wallTime,
        outputExceeded: watched.stop == .outputCap)
    }
    let run = try sandbox.supervise(
      swiftc, arguments: allArguments, limits: limits, options: [], environment: environment,
      resultChannel: false)
    let log = String(decoding: run.stderr + run.stdout, as: UTF8.self)
    // `swiftc` reports a `swift-frontend` stopped by a limit as its own failure: the group's
    // CPU total and the OOM count say which limit it was.
    let succeeded = run.termination == .exited(0)
    let timedOut =
      run.termination == .cpuTimeExceeded || run.termination == .wallTimeExceeded
      || (!succeeded && run.cpuSeconds >= Double(limits.cpuSeconds))
    var outcome = Outcome(
      executable: succeeded ? product : nil, diagnostics: Diagnostic.parse(log), log: log,
      seconds: run.wallSeconds, timedOut: timedOut,
      outputExceeded: run.termination == .outputExceeded)
    outcome.memoryExceeded =
      !succeeded && !timedOut && (run.termination == .memoryExceeded || run.memoryKills > 0)
    return outcome
  }

  /// Compiles `files` into the static library `folder/lib<module>.a` and its interface
  /// `folder/<module>.swiftmodule`, against the modules in `searchFolders`.
  ///
  /// `internalImports: false` keeps the module's imports public, for a module whose
  /// `@inlinable` code uses what it imports (`Autodiff`'s use of Dispatch and the C library).
  func buildLibrary(
    module: String, files: [String], into folder: String, searchFolders: [String],
    optimize: Bool, internalImports: Bool = true
  ) throws(GradingError) -> Outcome {
    let arguments =
      ["-parse-as-library", "-emit-library", "-static", "-emit-module", "-wmo"]
      // A module that imports Foundation without exposing it spares its importers from
      // loading Foundation's interface: the biggest part of a small compile.
      + (internalImports ? ["-enable-upcoming-feature", "InternalImportsByDefault"] : [])
      + (optimize ? ["-O"] : ["-Onone", "-g"])
      + ["-module-name", module]
      + searchFolders.flatMap { ["-I", $0] }
      + ["-o", "\(folder)/lib\(module).a", "-emit-module-path", "\(folder)/\(module).swiftmodule"]
      + files
    return try invoke(arguments, product: "\(folder)/lib\(module).a")
  }
}

extension Compiler.Outcome {
  /// The outcome with `compiled`, a copy the compiler was given, named `shown` in its
  /// diagnostics and log.
  func naming(_ compiled: String, as shown: String) -> Compiler.Outcome {
    var renamed = self
    renamed.log = log.replacing(compiled, with: shown)
    renamed.diagnostics = diagnostics.map { diagnostic in
      var diagnostic = diagnostic
      if diagnostic.file == compiled { diagnostic.file = shown }
      return diagnostic
    }
    return renamed
  }
}
