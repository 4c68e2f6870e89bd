import Base
import Course
import Grading
import Isolation
import Pictures

/// Runs notebook cells as learner programs and keeps their runs by content.
///
/// A cell's program is its code as top-level statements after `import PrimerKit` and
/// `import Display`, plus, for a `uses=` cell, the learner's file for that exercise (or the
/// lesson's solution when the learner's file is missing, untouched or does not compile). It is
/// built and run like a learner's program (``Grader/buildProgram(_:mainFile:)``: in the
/// sandbox, against the learner's kit only) under ``limits``.
///
/// Runs are kept in `CACHE/cells/KEY.json`, `KEY` a hash of the cell's code and name, what
/// `uses=` brings in (the learner's text, the solution and the starter), the kit's identity
/// (toolchain and kit sources) and ``formatVersion``: the same cell reads its run back in
/// well under a millisecond, and any change runs it again.
public struct CellRunner: Sendable {
  public let grader: Grader
  /// A cell's limits: more time than an exercise's checks, since a cell may train a little.
  public var limits = Limits(cpuSeconds: 10, wallSeconds: 30)

  /// Changes whenever what a run keeps, or how a program is made, changes.
  static let formatVersion = "cells 1"

  /// Where runs are kept: `CACHE/cells` unless set.
  public var folder: String

  public init(grader: Grader) {
    self.grader = grader
    folder = grader.cache + "/cells"
  }

  /// The cache key of `source`'s run.
  public func key(for source: CellSource) -> String {
    var pieces = [CellRunner.formatVersion, grader.kitIdentity, source.name, source.code]
    if let uses = source.uses {
      pieces += [
        uses.exercise.id, uses.shownPath, uses.learnerText ?? "\u{0}none",
        uses.exercise.solution?.body ?? "", uses.exercise.starter?.body ?? "",
      ]
    }
    return ContentHash.of(pieces)
  }

  /// The kept run of `source`, if it ran before with the same inputs.
  public func cached(_ source: CellSource) -> CellRun? {
    let path = "\(folder)/\(key(for: source)).json"
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return try? JSONDecoder().decode(CellRun.self, from: data)
  }

  /// Runs `source` (unless `reuse` and a run is kept) and keeps the run.
  ///
  /// A cell that does not compile, crashes, loops or floods is a run with that status, not an
  /// error.
  ///
  /// - Throws: ``GradingError`` when the grader itself fails (no kit, no sandbox, a full disk).
  public func run(_ source: CellSource, reuse: Bool = true) throws(GradingError) -> CellRun {
    if reuse, let kept = cached(source) { return kept }
    let started = ContinuousClock.now
    var run = try runAfresh(source)
    run.seconds = CellRunner.seconds(since: started)
    store(run, key: key(for: source))
    return run
  }

  func store(_ run: CellRun, key: String) {
    // A cache that cannot be written costs a later run, nothing else.
    guard let data = try? JSONEncoder().encode(run) else { return }
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = "\(folder)/\(key).json"
    let temporary = "\(path).tmp-\(getpid())"
    guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
    if rename(temporary, path) != 0 { unlink(temporary) }
  }

  private func runAfresh(_ source: CellSource) throws(GradingError) -> CellRun {
    let main = Compiler.Source(
      name: "cell.swift",
      text: CellRunner.prelude
        + Compiler.Source.embedding(source.code, as: source.name, in: "cell.swift").text)
    var notes: [String] = []
    var program: LearnerProgram
    if let uses = source.uses {
      let learner = CellRunner.learnerChoice(uses)
      if let text = learner.text {
        program = try grader.buildProgram(
          [main, Compiler.Source.embedding(text, as: uses.shownPath, in: "uses.swift")],
          mainFile: "cell.swift")
        let learnerErrors = program.compiled.diagnostics.filter {
          $0.severity == .error && $0.file == uses.shownPath
        }
        if program.compiled.succeeded || learnerErrors.isEmpty {
          notes.append("using your \(uses.function) (\(uses.shownPath))")
        } else {
          program.remove()
          let first = learnerErrors[0]
          notes.append(
            "using the lesson's solution: your file does not compile "
              + "(\(uses.shownPath):\(first.line): \(TerminalText.escape(first.message)))")
          program = try solutionProgram(main, uses)
        }
      } else {
        notes.append("using the lesson's solution: \(learner.reason)")
        program = try solutionProgram(main, uses)
      }
    } else {
      program = try grader.buildProgram([main], mainFile: "cell.swift")
    }
    defer { program.remove() }
    guard program.compiled.succeeded else {
      return CellRun(
        status: .compileError, stdout: "", error: CellRunner.compileErrors(program.compiled),
        notes: notes, seconds: 0)
    }
    let outcome = try grader.run(program, limits: limits)
    return CellRunner.run(
      from: outcome, limits: limits, notes: notes, cellFile: FilePath.lastComponent(source.name))
  }

  /// What comes before a cell's code: the kit, the C library's mathematics (`exp`, `tanh`,
  /// `log`), and standard output flushed at each line, so what a cell printed before a crash
  /// is shown.
  static let prelude = """
    import PrimerKit
    import Display
    #if canImport(Glibc)
    import Glibc
    #elseif canImport(Darwin)
    import Darwin
    #endif
    setvbuf(stdout, nil, _IOLBF, 0)

    """

  private func solutionProgram(_ main: Compiler.Source, _ uses: CellSource.Uses)
    throws(GradingError) -> LearnerProgram
  {
    try grader.buildProgram([main, CellRunner.solutionSource(uses)], mainFile: "cell.swift")
  }

  /// The exercise's solution as the file `uses=` links in its stead.
  static func solutionSource(_ uses: CellSource.Uses) -> Compiler.Source {
    Compiler.Source.embedding(
      uses.exercise.solution?.body ?? "", as: "solution-\(uses.exercise.id).swift",
      in: "uses.swift")
  }

  /// The learner's text to link, or why the solution is linked instead.
  static func learnerChoice(_ uses: CellSource.Uses) -> (text: String?, reason: String) {
    guard let text = uses.learnerText else {
      return (nil, "your file \(uses.shownPath) does not exist (primer start makes it)")
    }
    if let starter = uses.exercise.starter?.body, sameCode(text, starter) {
      return (nil, "your file \(uses.shownPath) still holds the starter code")
    }
    return (text, "")
  }

  /// Whether two sources are the same code, whatever their comments (`primer start` heads
  /// the starter with some), blank lines and spaces around lines.
  static func sameCode(_ a: String, _ b: String) -> Bool {
    func lines(_ text: String) -> [String] {
      text.split(separator: "\n").map { $0.trimmingFoundationWhitespace() }
        .filter { !$0.isEmpty && !$0.hasPrefix("//") }
    }
    return lines(a) == lines(b)
  }

  /// The compiler's errors as the reader should see them: `file:line:column: error: message`
  /// and the line's excerpt; the raw log when none could be read.
  static func compileErrors(_ outcome: Compiler.Outcome) -> String {
    if outcome.timedOut { return "the compiler ran out of time" }
    if outcome.memoryExceeded { return "the compiler ran out of memory" }
    let errors = outcome.diagnostics.filter { $0.severity == .error }
    guard !errors.isEmpty else {
      return TerminalText.escape(String(outcome.log.prefix(2000)))
    }
    return errors.prefix(10).map { diagnostic in
      let place = "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)"
      let excerpt = diagnostic.excerpt.map { "\n" + $0 } ?? ""
      return TerminalText.escape("\(place): error: \(diagnostic.message)\(excerpt)")
    }.joined(separator: "\n")
  }

  /// A finished run as kept: the status its ending gives and what to tell the reader.
  static func run(from outcome: RunOutcome, limits: Limits, notes: [String], cellFile: String)
    -> CellRun
  {
    let stdout = String(decoding: outcome.stdout, as: UTF8.self)
    let stderr = String(decoding: outcome.stderr, as: UTF8.self)
    var notes = notes
    let status: CellOutput.Status
    var error: String?
    switch outcome.termination {
    case .exited(0):
      status = .ran
      if !stderr.isEmpty { error = TerminalText.escape(String(stderr.prefix(4000))) }
    case .exited(let code):
      status = .crashed
      error =
        "the program exited with status \(code)"
        + (stderr.isEmpty ? "" : "\n" + TerminalText.escape(String(stderr.prefix(4000))))
    case .signaled(let signal):
      status = .crashed
      if let trap = TrapReport.parse(stderr: outcome.stderr, learnerFiles: [cellFile]) {
        let place = trap.file.map { file in
          " at \(file):\(trap.line ?? 0)" + (trap.column.map { ":\($0)" } ?? "")
        }
        error = TerminalText.escape("crashed\(place ?? ""): \(trap.message)")
      } else {
        error = "crashed with signal \(signal)"
      }
    case .cpuTimeExceeded, .wallTimeExceeded:
      status = .timedOut
      error =
        "stopped after \(limits.cpuSeconds) s of CPU time (or \(Int(limits.wallSeconds)) s in all): "
        + "an endless loop, or too much work for a cell"
    case .outputExceeded:
      status = .outputExceeded
      error =
        "stopped after printing \(limits.outputBytes >> 10) KiB: print less, or print inside "
        + "a smaller loop"
    case .memoryExceeded:
      status = .resourceExceeded
      error = "ran out of memory (\(limits.memoryBytes >> 20) MiB)"
    case .fileSizeExceeded, .diskFull:
      status = .resourceExceeded
      error = "wrote more to files than a cell may"
    }
    if outcome.outputTruncated && status != .outputExceeded {
      notes.append("output cut at \(limits.outputBytes >> 10) KiB")
    }
    return CellRun(status: status, stdout: stdout, error: error, notes: notes, seconds: 0)
  }
}
