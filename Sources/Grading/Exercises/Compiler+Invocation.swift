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
    let child = try Platform.spawn(
      SpawnRequest(
        executable: swiftc,
        arguments: ["-diagnostic-style=llvm", "-module-cache-path", moduleCache] + arguments,
        environment: environment))
    let watched = Supervision.watch(
      child, wallSeconds: timeLimitSeconds, outputBytes: outputLimitBytes)
    let log = String(decoding: watched.stderr + watched.stdout, as: UTF8.self)
    let succeeded = watched.stop == nil && watched.waitStatus == .exited(0)
    return Outcome(
      executable: succeeded ? product : nil, diagnostics: CompilerDiagnostic.parse(log),
      log: log, seconds: watched.wallSeconds, timedOut: watched.stop == .wallTime,
      outputExceeded: watched.stop == .outputCap)
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
      // `-assert-config Debug` keeps `precondition` messages ("Shapes differ: …") at -O.
      + (optimize ? ["-O", "-assert-config", "Debug"] : ["-Onone", "-g"])
      + ["-module-name", module]
      + searchFolders.flatMap { ["-I", $0] }
      + ["-o", "\(folder)/lib\(module).a", "-emit-module-path", "\(folder)/\(module).swiftmodule"]
      + files
    return try invoke(arguments, product: "\(folder)/lib\(module).a")
  }
}
