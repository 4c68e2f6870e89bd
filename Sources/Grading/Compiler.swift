import Base
import Isolation

/// Compiles Swift source files into an executable with `swiftc`, contained like a learner's
/// program: through the `primer-sandbox` trampoline, in a cgroup and a PID namespace of its own
/// (when permitted), under ``limits`` (CPU, memory, processes, output, wall clock). At the
/// deadline, or when `primer` dies, the whole tree (`swiftc`, every `swift-frontend`) dies.
///
/// Learner code is compiled at `-Onone -gline-tables-only`: `-O` hides trap messages and
/// `-Ounchecked` turns out-of-range reads into garbage, and line tables let the backtrace name
/// the learner's lines. A grading runs the driver's jobs from a kept ``CompilerPlan``. The
/// module cache lives in a folder that persists between runs (cold ≈ 0.9 s, warm ≈ 0.2 s for a
/// small file, measured on the development machine). The compiler's address space is never
/// limited: `swiftc` hangs under a 256 MB `RLIMIT_AS`.
public struct Compiler: Sendable {
  /// A file to compile: its name (as diagnostics should show it) and its text.
  public struct Source: Sendable, Equatable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
      precondition(
        name.hasSuffix(".swift") && !name.contains("/"), "source name must be a plain file.swift")
      self.name = name
      self.text = text
    }

    /// A harness file that embeds `learnerText` so that diagnostics, trap messages and
    /// backtraces name `learnerFile` and the learner's own line numbers.
    public static func embedding(
      _ learnerText: String, as learnerFile: String, in name: String
    ) -> Source {
      // `#sourceLocation(file:line:)` applies from the next line on.
      Source(
        name: name,
        text:
          "#sourceLocation(file: \"\(learnerFile)\", line: 1)\n\(learnerText)\n#sourceLocation()\n")
    }
  }

  /// What a compilation produced.
  public struct Outcome: Sendable, Equatable {
    /// The executable, when compilation succeeded.
    public var executable: String?
    public var diagnostics: [CompilerDiagnostic]
    /// The compiler's output as printed (capped), for what ``diagnostics`` did not parse.
    public var log: String
    public var seconds: Double
    /// The compiler was stopped at the time cap (CPU or wall clock).
    public var timedOut: Bool
    /// The compiler's output passed the cap and it was stopped.
    public var outputExceeded: Bool
    /// The compiler ran out of its memory (the cgroup's OOM killer stopped it).
    public var memoryExceeded = false
    /// The source file was larger than ``Compiler/sourceLimitBytes`` and was not compiled.
    public var sourceTooLarge: Int?

    public var succeeded: Bool { executable != nil }
  }

  public let swiftc: String
  public let moduleCache: String
  /// The compiler's limits; ``Limits/compile`` for a learner's code.
  public var limits = Limits.compile
  /// The trampoline that contains the compiler; nil only where `primer-sandbox` is not
  /// installed beside the executable (a test helper), and then `swiftc` runs in a process group
  /// of its own, killed at the wall-clock deadline, as before the sandbox.
  var sandbox: Sandbox?
  /// Where ``CompilerPlan``s are kept; nil runs `swiftc` itself every time.
  var planCache: String?

  /// The shell that runs a plan's jobs one after another.
  static let shell = "/bin/sh"

  /// The largest learner file the grader compiles (4 MiB): a bigger one gets a clear verdict
  /// at once, instead of minutes of `swift-frontend`.
  public static let sourceLimitBytes = 4 << 20

  /// - Parameters:
  ///   - swiftc: the compiler; by default the first `swiftc` on `PATH`.
  ///   - moduleCache: a folder kept between runs for Clang's module cache (passed
  ///     explicitly: with an unwritable HOME the default location breaks SwiftShims).
  /// - Throws: ``GradingError/toolNotFound(name:searched:)`` without a `swiftc`.
  public init(swiftc: String? = nil, moduleCache: String) throws(GradingError) {
    if let swiftc {
      self.swiftc = swiftc
    } else {
      let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
      let folders = path.split(separator: ":").map(String.init)
      let candidates = folders.map { (folder: String) -> String in folder + "/swiftc" }
      guard let found = candidates.first(where: { (path: String) in access(path, X_OK) == 0 })
      else { throw .toolNotFound(name: "swiftc", searched: folders) }
      self.swiftc = found
    }
    self.moduleCache = moduleCache
    sandbox = try? Sandbox()
  }

  /// A file's resolved path, size and modification time: what changes when it is replaced.
  static func fileIdentity(_ path: String) -> String {
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    var info = stat()
    guard stat(resolved, &info) == 0 else { return resolved }
    return "\(resolved) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }

  /// This compiler under other limits.
  func with(limits: Limits) -> Compiler {
    var copy = self
    copy.limits = limits
    return copy
  }

  /// Writes `sources` into `buildFolder` and compiles them into `buildFolder/name`.
  ///
  /// - Returns: the outcome; compile errors are an outcome, not a thrown error.
  /// - Throws: ``GradingError`` when the files cannot be written or `swiftc` cannot start.
  public func compile(
    _ sources: [Source], into buildFolder: String, executableName: String = "program"
  ) throws(GradingError) -> Outcome {
    precondition(!sources.isEmpty, "nothing to compile")
    for folder in [buildFolder, moduleCache] {
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw .fileSystem(operation: "create the folder", path: folder, reason: "\(error)")
      }
    }
    var paths: [String] = []
    for source in sources {
      let path = "\(buildFolder)/\(source.name)"
      do {
        try source.text.write(toFile: path, atomically: true, encoding: .utf8)
      } catch {
        throw .fileSystem(operation: "write", path: path, reason: "\(error)")
      }
      paths.append(path)
    }
    let executable = "\(buildFolder)/\(executableName)"
    return try invoke(
      ["-Onone", "-g", "-module-name", "Exercise", "-o", executable] + paths, product: executable)
  }

  /// Runs `swiftc` with `arguments` (files and outputs included), under the time and output
  /// caps, and reports `product` as the result when the compiler succeeds.
  ///
  /// The module cache and `-diagnostic-style=llvm` are added here.
  ///
  /// With `temporaryFolder`, the compiler's own temporary files go there (`TMPDIR`), so that a
  /// compiler killed at a limit leaves nothing in the shared `/tmp`.
  ///
  /// With `runFolder` (a grading's run folder, holding every per-run path in `arguments`), the
  /// driver's jobs run directly from a ``CompilerPlan`` when ``planCache`` is set.
  ///
  /// `started` is called once the compiler has started (see ``Sandbox/supervise``).
  func invoke(
    _ arguments: [String], product: String, temporaryFolder: String? = nil,
    runFolder: String? = nil, started: () -> Void = {}
  ) throws(GradingError) -> Outcome {
    var environment = ProcessInfo.processInfo.environment.filter {
      ["PATH", "HOME", "TMPDIR"].contains($0.key)
    }
    environment["TERM"] = "dumb"
    if let temporaryFolder { environment["TMPDIR"] = temporaryFolder }
    var allArguments =
      ["-diagnostic-style=llvm", "-module-cache-path", moduleCache] + arguments
    var executable = swiftc
    if let runFolder {
      // Debug information names this folder, not wherever `primer` was started.
      allArguments += ["-file-compilation-dir", runFolder]
      let planned = allArguments.map { $0.replacing(runFolder, with: CompilerPlan.runPlaceholder) }
      if let temporaryFolder, access(Compiler.shell, X_OK) == 0,
        let plan = plan(for: planned, environment: environment)
      {
        executable = Compiler.shell
        allArguments = [
          "-c",
          CompilerPlan.script(plan.jobs(runFolder: runFolder, temporaryFolder: temporaryFolder)),
        ]
      }
    }
    guard let sandbox else {
      let child = try Platform.spawn(
        SpawnRequest(executable: executable, arguments: allArguments, environment: environment))
      started()
      let watched = Supervision.watch(
        child, wallSeconds: limits.wallSeconds, outputBytes: limits.outputBytes)
      let log = String(decoding: watched.stderr + watched.stdout, as: UTF8.self)
      let succeeded = watched.stop == nil && watched.waitStatus == .exited(0)
      return Outcome(
        executable: succeeded ? product : nil, diagnostics: CompilerDiagnostic.parse(log),
        log: log, seconds: watched.wallSeconds, timedOut: watched.stop == .wallTime,
        outputExceeded: watched.stop == .outputCap)
    }
    let run = try sandbox.supervise(
      executable, arguments: allArguments, limits: limits, options: [], environment: environment,
      resultChannel: false, started: started)
    let log = String(decoding: run.stderr + run.stdout, as: UTF8.self)
    // `swiftc` reports a `swift-frontend` stopped by a limit as its own failure: the group's
    // CPU total and the OOM count say which limit it was.
    let succeeded = run.termination == .exited(0)
    let timedOut =
      run.termination == .cpuTimeExceeded || run.termination == .wallTimeExceeded
      // The group's total can read a little under the limit when a process reaches it.
      || (!succeeded && run.cpuSeconds >= Double(limits.cpuSeconds) - 0.05)
    var outcome = Outcome(
      executable: succeeded ? product : nil, diagnostics: CompilerDiagnostic.parse(log), log: log,
      seconds: run.wallSeconds, timedOut: timedOut,
      outputExceeded: run.termination == .outputExceeded)
    outcome.memoryExceeded =
      !succeeded && !timedOut && (run.termination == .memoryExceeded || run.memoryKills > 0)
    return outcome
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
