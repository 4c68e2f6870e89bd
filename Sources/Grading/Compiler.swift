import Base
/// Compiles Swift source files into an executable with `swiftc`, under a time and an output cap.
///
/// Learner code is compiled at `-Onone -g`: `-O` hides trap messages and `-Ounchecked` turns
/// out-of-range reads into garbage, and `-g` lets the backtrace name the learner's lines. The
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
    /// The compiler was stopped at the time cap.
    public var timedOut: Bool
    /// The compiler's output passed the cap and it was stopped.
    public var outputExceeded: Bool

    public var succeeded: Bool { executable != nil }
  }

  public let swiftc: String
  public let moduleCache: String
  public var timeLimitSeconds: Double = 30
  public var outputLimitBytes: Int = 64 << 10

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
    let arguments =
      [
        "-Onone", "-g", "-diagnostic-style=llvm", "-module-cache-path", moduleCache,
        "-module-name", "Exercise", "-o", executable,
      ] + paths
    var environment = ProcessInfo.processInfo.environment.filter {
      ["PATH", "HOME", "TMPDIR"].contains($0.key)
    }
    environment["TERM"] = "dumb"
    let child = try Platform.spawn(
      SpawnRequest(executable: swiftc, arguments: arguments, environment: environment))
    let watched = Supervision.watch(
      child, wallSeconds: timeLimitSeconds, outputBytes: outputLimitBytes)
    let log = String(decoding: watched.stderr + watched.stdout, as: UTF8.self)
    let succeeded = watched.stop == nil && watched.waitStatus == .exited(0)
    return Outcome(
      executable: succeeded ? executable : nil, diagnostics: CompilerDiagnostic.parse(log),
      log: log, seconds: watched.wallSeconds, timedOut: watched.stop == .wallTime,
      outputExceeded: watched.stop == .outputCap)
  }
}
